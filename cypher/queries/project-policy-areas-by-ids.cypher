// The policy areas a project is under.
UNWIND $keys AS key
MATCH (:Project {id: key})-[:UNDER]->(n:PolicyArea)
WITH key, n
ORDER BY n.name
RETURN key, collect(DISTINCT n {.*}) AS value
