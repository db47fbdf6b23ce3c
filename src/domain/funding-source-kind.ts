/** What sort of money a funding source is. */
export enum FundingSourceKind {
  EU_PROGRAMME = 'eu programme',
  EU_INSTRUMENT = 'eu instrument',
  DIRECTORATE_GENERAL = 'directorate-general',
  NATIONAL_FUNDING = 'national funding',
  AGENCY_FUNDING = 'agency funding',
  OTHER = 'other',
}
