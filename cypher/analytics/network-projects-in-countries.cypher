// network-projects.cypher for a slice with a country filter ($countryCodes
// not null): the same rows, found from the countries' organisations instead
// of by visiting every project and the country of each of its participants.
// Projects are filtered as in network-projects.
MATCH (c:Country)<-[:LOCATED_IN]-(o:Organisation)-[:PARTICIPATES_IN]->(p:Project)
WHERE c.code IN $countryCodes
  AND ($projectIds IS NULL OR p.id IN $projectIds)
  AND ($fundingSourceIds IS NULL OR EXISTS { (p)-[:FUNDED_BY]->(f:FundingSource) WHERE f.id IN $fundingSourceIds })
  AND ($policyAreaIds IS NULL OR EXISTS { (p)-[:UNDER]->(pa:PolicyArea) WHERE pa.id IN $policyAreaIds })
  AND ($activeFrom IS NULL OR coalesce(p.endYear, p.startYear) >= $activeFrom)
  AND ($activeTo IS NULL OR p.startYear <= $activeTo)
WITH DISTINCT p, o
ORDER BY o.id
WITH p, collect(o.id) AS memberIds
RETURN p.id AS id, p.startYear AS startYear, coalesce(p.endYear, p.startYear) AS endYear, memberIds,
  [(p)-[:FUNDED_BY]->(f:FundingSource) | {id: f.id, name: f.name}] AS funders
ORDER BY id
