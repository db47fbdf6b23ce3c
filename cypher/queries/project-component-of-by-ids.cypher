// The platform or group a project is a component of.
UNWIND $keys AS key
MATCH (:Project {id: key})-[:COMPONENT_OF]->(n:Project)
WITH key, n
ORDER BY n.name
RETURN key, collect(DISTINCT n {.*}) AS value
