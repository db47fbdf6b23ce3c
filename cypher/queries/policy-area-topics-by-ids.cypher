// The topics a policy area addresses.
UNWIND $keys AS key
MATCH (:PolicyArea {id: key})-[:ADDRESSES]->(n:Topic)
WITH key, n
ORDER BY n.kind, n.name
RETURN key, collect(DISTINCT n {.*}) AS value
