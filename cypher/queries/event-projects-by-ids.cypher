// The project an event belongs to.
UNWIND $keys AS key
MATCH (:Event {id: key})-[:EVENT_OF]->(n:Project)
WITH key, n
ORDER BY n.name
RETURN key, collect(DISTINCT n {.*}) AS value
