// The policy area that took over from a former one.
UNWIND $keys AS key
MATCH (:PolicyArea {id: key})-[:SUCCEEDED_BY]->(n:PolicyArea)
WITH key, n
ORDER BY n.name
RETURN key, collect(DISTINCT n {.*}) AS value
