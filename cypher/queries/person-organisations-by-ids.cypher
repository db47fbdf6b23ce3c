// The organisation a person works for.
UNWIND $keys AS key
MATCH (:Person {id: key})-[:WORKS_FOR]->(n:Organisation)
WITH key, n
ORDER BY n.name
RETURN key, collect(DISTINCT n {.*, countryCode: head([(n)-[:LOCATED_IN]->(c:Country) | c.code])}) AS value
