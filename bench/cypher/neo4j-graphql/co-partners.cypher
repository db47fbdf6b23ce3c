// @cypher of Query.coPartners: the $first organisations sharing the most
// projects with $organisationId, heaviest first. The plain form: in the
// service's and the floor's form (names read only for the heaviest), the
// library's surrounding statement plans the sharedProjectCount field as a
// hash join charged 1.5 GB per request, and at 10 connections requests fail
// with MemoryPoolOutOfMemoryError; a two-pass form was no faster (90
// statements/s, 10 at a time, against 89 for this one).
MATCH (o:Organisation {id: $organisationId})-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(other:Organisation)
WHERE other <> o
WITH other, count(DISTINCT p) AS weight
ORDER BY weight DESC, toLower(other.name), other.id
LIMIT $first
RETURN other
