// The projects that follow a project up.
UNWIND $keys AS key
MATCH (:Project {id: key})<-[:FOLLOW_UP_OF]-(n:Project)
WITH key, n
ORDER BY n.startDate, n.name
RETURN key, collect(DISTINCT n {.*}) AS value
