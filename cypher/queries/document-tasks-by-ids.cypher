// The task a document reports on.
UNWIND $keys AS key
MATCH (:Document {id: key})-[:REPORTS_ON]->(n:Task)
WITH key, n
ORDER BY n.code
RETURN key, collect(DISTINCT n {.*}) AS value
