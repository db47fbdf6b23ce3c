// @cypher of Query.sharedPartners in the @neo4j/graphql type definitions:
// organisations taking part in every one of $projectIds, most shared first,
// then by name.
UNWIND $projectIds AS projectId
WITH DISTINCT projectId
MATCH (p:Project {id: projectId})<-[:PARTICIPATES_IN]-(o:Organisation)
WITH o, count(DISTINCT p) AS projectCount
WHERE projectCount >= size($projectIds)
RETURN o
ORDER BY projectCount DESC, o.name, o.id
