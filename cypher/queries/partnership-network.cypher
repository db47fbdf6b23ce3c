// The co-partnership network: organisations as nodes (with the number of
// matching projects they take part in), and an edge between two
// organisations weighted by the projects they share. Projects are filtered by
// id, funding source, policy area and period; organisations by country.
// Edges lighter than $minWeight are dropped; the heaviest $maxEdges are kept.
MATCH (p:Project)
WHERE ($projectIds IS NULL OR p.id IN $projectIds)
  AND ($fundingSourceIds IS NULL OR EXISTS { (p)-[:FUNDED_BY]->(f:FundingSource) WHERE f.id IN $fundingSourceIds })
  AND ($policyAreaIds IS NULL OR EXISTS { (p)-[:UNDER]->(pa:PolicyArea) WHERE pa.id IN $policyAreaIds })
  AND ($activeFrom IS NULL OR coalesce(p.endYear, p.startYear) >= $activeFrom)
  AND ($activeTo IS NULL OR p.startYear <= $activeTo)
MATCH (o:Organisation)-[:PARTICIPATES_IN]->(p)
WHERE $countryCodes IS NULL OR EXISTS { (o)-[:LOCATED_IN]->(c:Country) WHERE c.code IN $countryCodes }
WITH p, collect(DISTINCT o) AS members
WITH collect({project: p, members: members}) AS groups
CALL (groups) {
  UNWIND groups AS g
  UNWIND g.members AS o
  WITH o, count(*) AS projectCount
  ORDER BY projectCount DESC, o.id
  RETURN collect({
    id: o.id, name: o.name, acronym: o.acronym, kind: o.kind,
    countryCode: head([(o)-[:LOCATED_IN]->(c:Country) | c.code]),
    projectCount: projectCount
  }) AS nodes
}
CALL (groups) {
  UNWIND groups AS g
  UNWIND g.members AS a
  UNWIND g.members AS b
  WITH g, a, b WHERE a.id < b.id
  WITH a.id AS source, b.id AS target, collect(g.project.id) AS projectIds
  WHERE size(projectIds) >= $minWeight
  WITH source, target, projectIds, size(projectIds) AS weight
  ORDER BY weight DESC, source, target
  LIMIT toInteger($maxEdges)
  RETURN collect({source: source, target: target, weight: weight, projectIds: projectIds}) AS edges
}
RETURN nodes, edges, size(groups) AS projectCount
