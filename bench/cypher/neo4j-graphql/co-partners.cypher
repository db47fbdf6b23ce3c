// @cypher of Query.coPartners: the $first organisations sharing the most
// projects with $organisationId, heaviest first.
MATCH (o:Organisation {id: $organisationId})-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(other:Organisation)
WHERE other <> o
WITH other, count(DISTINCT p) AS weight
ORDER BY weight DESC, toLower(other.name), other.id
LIMIT $first
RETURN other
