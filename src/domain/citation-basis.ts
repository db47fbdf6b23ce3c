/** Whether the cited text says a value, or the value is an interpretation of it. */
export enum CitationBasis {
  /** The cited lines say it, in their own words. */
  STATED = 'STATED',
  /** An interpretation of the cited lines; the citation's note gives the reasoning. */
  INFERRED = 'INFERRED',
}
