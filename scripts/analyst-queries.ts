/** The mix of analyst queries the load test sends, in rotation. */
export const ANALYST_QUERIES: ReadonlyArray<{ name: string; query: string }> = [
  {
    name: 'shared partners',
    query: `{ sharedPartners(projectIds: ["macro-regional-risk-scenarios", "from-gaps-to-caps"]) {
      organisation { name country { code } } participations { role project { name } } } }`,
  },
  {
    name: 'co-partners',
    query: `{ coPartners(organisationId: "hamburg-fire-rescue-service") {
      organisation { name } sharedProjectCount sharedProjects { name } } }`,
  },
  {
    name: 'connection',
    query: `{ connection(fromId: "university-of-iceland", toId: "stuk") {
      hops steps { from { name } project { name } to { name } } } }`,
  },
  {
    name: 'funder',
    query: `{ fundingSource(id: "dg-echo") { name grants { nodes { amountEur project { name startDate } } } } }`,
  },
  {
    name: 'country network',
    query: `{ partnershipNetwork(filter: { countryCodes: ["DE", "LV", "LT", "EE", "SE"] }) {
      nodes { id projectCount } edges { source target weight } } }`,
  },
  {
    name: 'nested lists',
    query: `{ projects(first: 20, orderBy: { field: START_DATE }) { totalCount nodes { name
      participations(first: 5) { nodes { role organisation { name country { name } } } } } } }`,
  },
  {
    name: 'search',
    query: `{ search(text: "fire rescue", first: 10) { id type name score } }`,
  },
  {
    name: 'aggregates',
    query: `{ aggregate(by: COUNTRY) { key projectCount totalBudgetEur } totals { projectCount } }`,
  },
];
