// The project a task belongs to.
UNWIND $keys AS key
MATCH (:Task {id: key})<-[:HAS_TASK]-(n:Project)
WITH key, n
ORDER BY n.name
RETURN key, collect(DISTINCT n {.*}) AS value
