// The countries a region includes.
UNWIND $keys AS key
MATCH (:Region {id: key})-[:INCLUDES]->(n:Country)
WITH key, n
ORDER BY n.name
RETURN key, collect(DISTINCT n {.*}) AS value
