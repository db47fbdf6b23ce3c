// Who an organisation has worked with: every other organisation taking part
// in at least $minSharedProjects of the same projects, weighted by the number
// of shared projects (heaviest first), each with its country and the shared
// projects (oldest first).
MATCH (o:Organisation {id: $organisationId})-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(other:Organisation)
WHERE other <> o
WITH other, collect(DISTINCT p) AS shared
WITH other, shared, size(shared) AS weight
WHERE weight >= $minSharedProjects
ORDER BY weight DESC, toLower(other.name), other.id
LIMIT toInteger($limit)
RETURN other {.id, .name, .acronym, .aliases, .kind, .city, .summary,
              countryCode: head([(other)-[:LOCATED_IN]->(c:Country) | c.code])} AS organisation,
       head([(other)-[:LOCATED_IN]->(c:Country) | c {.code, .name}]) AS country,
       weight AS sharedProjectCount,
       COLLECT { UNWIND shared AS x WITH x ORDER BY x.startDate, x.id RETURN x.id } AS projectIds
