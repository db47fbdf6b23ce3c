// The bodies that govern a policy area.
UNWIND $keys AS key
MATCH (:PolicyArea {id: key})<-[:GOVERNS]-(n:Organisation)
WITH key, n
ORDER BY n.name
RETURN key, collect(DISTINCT n {.*}) AS value
