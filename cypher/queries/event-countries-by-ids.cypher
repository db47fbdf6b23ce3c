// The country an event was held in.
UNWIND $keys AS key
MATCH (:Event {id: key})-[:HELD_IN]->(n:Country)
WITH key, n
ORDER BY n.name
RETURN key, collect(DISTINCT n {.*}) AS value
