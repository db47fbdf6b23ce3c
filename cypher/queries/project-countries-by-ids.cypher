// The countries a project is implemented in.
UNWIND $keys AS key
MATCH (:Project {id: key})-[:IMPLEMENTED_IN]->(n:Country)
WITH key, n
ORDER BY n.name
RETURN key, collect(DISTINCT n {.*}) AS value
