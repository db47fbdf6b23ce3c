/** The labels of the named entities editors create and update (with aliases and search keys). */
export type NamedEntityLabel = 'Organisation' | 'FundingSource' | 'Project';
