// A project's events (exercises, kick-offs).
UNWIND $keys AS key
MATCH (:Project {id: key})<-[:EVENT_OF]-(n:Event)
WITH key, n
ORDER BY n.startDate, n.name
RETURN key, collect(DISTINCT n {.*}) AS value
