/** What a topic classifies: CBRN areas and categories, hazards, broader themes. */
export enum TopicKind {
  CBRN_AREA = 'cbrn area',
  CBRN_CATEGORY = 'cbrn category',
  HAZARD = 'hazard',
  THEME = 'theme',
}
