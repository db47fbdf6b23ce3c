// An organisation's units (secretariats, divisions, expert groups …).
UNWIND $keys AS key
MATCH (:Organisation {id: key})<-[:PART_OF]-(n:Organisation)
WITH key, n
ORDER BY n.name
RETURN key, collect(DISTINCT n {.*, countryCode: head([(n)-[:LOCATED_IN]->(c:Country) | c.code])}) AS value
