// The organisations that lead a task.
UNWIND $keys AS key
MATCH (:Task {id: key})<-[:LEADS]-(n:Organisation)
WITH key, n
ORDER BY n.name
RETURN key, collect(DISTINCT n {.*, countryCode: head([(n)-[:LOCATED_IN]->(c:Country) | c.code])}) AS value
