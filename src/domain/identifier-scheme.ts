/** The registries an organisation or funder can be identified in. */
export enum IdentifierScheme {
  /** EU Participant Identification Code (CORDIS `organisationID`): nine digits. */
  PIC = 'PIC',
  /** Research Organization Registry id, e.g. "05f0yaq80" (a ror.org URL is accepted). */
  ROR = 'ROR',
  /** Wikidata item, e.g. "Q42" (a wikidata.org URL is accepted). */
  WIKIDATA = 'WIKIDATA',
  /** VAT number with its country prefix, e.g. "DE123456789" (CORDIS `vatNumber`). */
  VAT = 'VAT',
  /** An id a funding programme gives its partners; `programme` says which. */
  PROGRAMME = 'PROGRAMME',
  /** Any other registry; `programme` may name it. */
  OTHER = 'OTHER',
}
