// The topics a project addresses.
UNWIND $keys AS key
MATCH (:Project {id: key})-[:ADDRESSES]->(n:Topic)
WITH key, n
ORDER BY n.kind, n.name
RETURN key, collect(DISTINCT n {.*}) AS value
