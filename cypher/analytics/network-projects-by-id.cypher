// network-projects.cypher for a slice with a project filter ($projectIds not
// null): the same rows, found by looking each project up by id instead of by
// visiting every project.
// Projects are filtered as in network-projects.
UNWIND $projectIds AS projectId
MATCH (p:Project {id: projectId})
WHERE ($fundingSourceIds IS NULL OR EXISTS { (p)-[:FUNDED_BY]->(f:FundingSource) WHERE f.id IN $fundingSourceIds })
  AND ($policyAreaIds IS NULL OR EXISTS { (p)-[:UNDER]->(pa:PolicyArea) WHERE pa.id IN $policyAreaIds })
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
