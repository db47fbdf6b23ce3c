// Who an organisation has worked with: every other organisation taking part
// in at least $minSharedProjects of the same projects, weighted by the number
// of shared projects (heaviest first), each with the shared projects.
MATCH (o:Organisation {id: $organisationId})-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(other:Organisation)
WHERE other <> o
WITH other, collect(DISTINCT p) AS shared
WHERE size(shared) >= $minSharedProjects
WITH other, shared, size(shared) AS weight
ORDER BY weight DESC, toLower(other.name), other.id
LIMIT toInteger($limit)
RETURN other {.*, countryCode: head([(other)-[:LOCATED_IN]->(c:Country) | c.code])} AS organisation,
       weight AS sharedProjectCount,
       [p IN shared | p.id] AS projectIds
