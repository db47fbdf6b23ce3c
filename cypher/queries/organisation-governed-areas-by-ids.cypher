// The policy areas a body governs.
UNWIND $keys AS key
MATCH (:Organisation {id: key})-[:GOVERNS]->(n:PolicyArea)
WITH key, n
ORDER BY n.name
RETURN key, collect(DISTINCT n {.*}) AS value
