/** Shapes of the public API's answers, as far as the explorer asks for them. */

export interface NetworkNode {
  id: string;
  name: string;
  acronym: string | null;
  kind: string;
  countryCode: string | null;
  projectCount: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  weight: number;
  projectIds: string[];
}

export interface PartnershipNetwork {
  projectCount: number;
  truncated: boolean;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Set when the whole network is too large to draw: what its strongest-ties view leaves out. */
  omitted: { organisations: number; ties: number } | null;
}

/** One option of a filter list: an id (or ISO code) and what to show. */
export interface Choice {
  id: string;
  label: string;
}

export interface FilterChoices {
  countries: Choice[];
  fundingSources: Choice[];
  policyAreas: Choice[];
}

export interface SearchHit {
  id: string;
  type: string;
  name: string;
}

export interface Citation {
  lines: string;
  /** Address of the source reader at these lines, e.g. "/sources/x#L31-L33". */
  readerPath: string | null;
  basis: 'STATED' | 'INFERRED';
  note: string | null;
  source: { id: string; title: string; url: string | null } | null;
}

export interface OrganisationDetails {
  id: string;
  name: string;
  acronym: string | null;
  kind: string;
  city: string | null;
  summary: string | null;
  aliases: string[];
  country: { code: string; name: string } | null;
  parent: { id: string; name: string } | null;
  participations: {
    totalCount: number;
    nodes: Array<{
      role: string;
      task: string | null;
      note: string | null;
      project: {
        id: string;
        name: string;
        code: string | null;
        startDate: string | null;
        endDate: string | null;
      };
    }>;
  };
  sources: Citation[];
}

export interface CoPartner {
  sharedProjectCount: number;
  organisation: { id: string; name: string; country: { code: string } | null };
}

export interface ProjectDetails {
  id: string;
  name: string;
  acronym: string | null;
  code: string | null;
  kind: string;
  status: string;
  startDate: string | null;
  endDate: string | null;
  summary: string;
  totalBudgetEur: number | null;
  euContributionEur: number | null;
  funding: Array<{
    amountEur: number | null;
    note: string | null;
    fundingSource: { id: string; name: string };
  }>;
  policyAreas: Array<{ id: string; name: string; shortName: string | null }>;
  participations: {
    totalCount: number;
    nodes: Array<{
      role: string;
      task: string | null;
      organisation: { id: string; name: string; country: { code: string } | null };
    }>;
  };
  sources: Citation[];
}

export interface PathStep {
  from: { id: string; name: string };
  fromRole: string;
  project: { id: string; name: string };
  toRole: string;
  to: { id: string; name: string };
}

export interface PartnershipPath {
  hops: number;
  steps: PathStep[];
}
