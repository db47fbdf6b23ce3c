// network-projects.cypher for a slice with a policy-area filter
// ($policyAreaIds not null): the same rows, found from the policy areas'
// projects instead of by visiting every project.
// Projects are filtered as in network-projects.
MATCH (pa:PolicyArea)<-[:UNDER]-(p:Project)
WHERE pa.id IN $policyAreaIds
  AND ($projectIds IS NULL OR p.id IN $projectIds)
  AND ($fundingSourceIds IS NULL OR EXISTS { (p)-[:FUNDED_BY]->(f:FundingSource) WHERE f.id IN $fundingSourceIds })
  AND ($activeFrom IS NULL OR coalesce(p.endYear, p.startYear) >= $activeFrom)
  AND ($activeTo IS NULL OR p.startYear <= $activeTo)
WITH DISTINCT p
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
