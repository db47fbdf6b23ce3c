/** One project of a network slice: who takes part (after the country filter), when, and who funds it. */
export interface SliceProject {
  id: string;
  startYear: number | null;
  endYear: number | null;
  memberIds: string[];
  funders: Array<{ id: string; name: string }>;
}

/** An organisation of a slice as the analytics report it. */
export interface SliceOrganisation {
  id: string;
  name: string;
  acronym: string | null;
  kind: string;
  countryCode: string | null;
}

/** Everything the analytics need about a slice: plain data, so it can cross to a worker thread. */
export interface NetworkSlice {
  projects: SliceProject[];
  organisations: SliceOrganisation[];
}
