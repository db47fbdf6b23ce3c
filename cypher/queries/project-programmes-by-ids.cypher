// The programmes (strategies, initiatives) a project is under.
UNWIND $keys AS key
MATCH (:Project {id: key})-[:UNDER]->(n:Programme)
WITH key, n
ORDER BY n.name
RETURN key, collect(DISTINCT n {.*}) AS value
