// The project a document came out of.
UNWIND $keys AS key
MATCH (:Document {id: key})-[:OUTPUT_OF]->(n:Project)
WITH key, n
ORDER BY n.name
RETURN key, collect(DISTINCT n {.*}) AS value
