// The shared projects of given organisation pairs (the ties a bounded view
// keeps), limited to the projects of the slice ($sliceProjectIds is null for
// the whole graph).
UNWIND $pairs AS pair
MATCH (a:Organisation {id: pair.source})-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(b:Organisation {id: pair.target})
WHERE $sliceProjectIds IS NULL OR p.id IN $sliceProjectIds
WITH pair, p.id AS projectId
ORDER BY projectId
RETURN pair.source AS source, pair.target AS target, collect(DISTINCT projectId) AS projectIds
