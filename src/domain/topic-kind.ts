/** What a topic classifies: CBRN areas and categories, hazards, broader themes, calls for proposals. */
export enum TopicKind {
  CBRN_AREA = 'cbrn area',
  CBRN_CATEGORY = 'cbrn category',
  HAZARD = 'hazard',
  THEME = 'theme',
  /** A topic of an EU call for proposals (CORDIS `topics`, e.g. HORIZON-CL3-2021-DRS-01-03). */
  CALL_TOPIC = 'call topic',
}
