// The bodies (e.g. steering groups) an organisation is a member of.
UNWIND $keys AS key
MATCH (:Organisation {id: key})-[:MEMBER_OF]->(n:Organisation)
WITH key, n
ORDER BY n.name
RETURN key, collect(DISTINCT n {.*, countryCode: head([(n)-[:LOCATED_IN]->(c:Country) | c.code])}) AS value
