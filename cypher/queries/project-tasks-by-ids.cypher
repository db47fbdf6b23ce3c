// A project's tasks.
UNWIND $keys AS key
MATCH (:Project {id: key})-[:HAS_TASK]->(n:Task)
WITH key, n
ORDER BY n.code
RETURN key, collect(DISTINCT n {.*}) AS value
