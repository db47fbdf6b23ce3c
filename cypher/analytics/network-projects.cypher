// The projects of a network slice, one row each with the organisations that
// take part in it (after the country filter), its years and its funders: the
// co-partner graph is built from these rows in the service, so the database
// never holds the pairs (2.1 million at CORDIS scale) in one transaction.
// Projects are filtered as in queries/partnership-network.
MATCH (p:Project)
WHERE ($projectIds IS NULL OR p.id IN $projectIds)
  AND ($fundingSourceIds IS NULL OR EXISTS { (p)-[:FUNDED_BY]->(f:FundingSource) WHERE f.id IN $fundingSourceIds })
  AND ($policyAreaIds IS NULL OR EXISTS { (p)-[:UNDER]->(pa:PolicyArea) WHERE pa.id IN $policyAreaIds })
  AND ($activeFrom IS NULL OR coalesce(p.endYear, p.startYear) >= $activeFrom)
  AND ($activeTo IS NULL OR p.startYear <= $activeTo)
CALL (p) {
  MATCH (o:Organisation)-[:PARTICIPATES_IN]->(p)
  WHERE $countryCodes IS NULL OR EXISTS { (o)-[:LOCATED_IN]->(c:Country) WHERE c.code IN $countryCodes }
  WITH DISTINCT o
  ORDER BY o.id
  RETURN collect(o.id) AS memberIds
}
WITH p, memberIds
WHERE size(memberIds) > 0
RETURN p.id AS id, p.startYear AS startYear, coalesce(p.endYear, p.startYear) AS endYear, memberIds,
  [(p)-[:FUNDED_BY]->(f:FundingSource) | {id: f.id, name: f.name}] AS funders
ORDER BY id
