// The programme a policy area belongs to.
UNWIND $keys AS key
MATCH (:PolicyArea {id: key})-[:PART_OF]->(n:Programme)
WITH key, n
ORDER BY n.name
RETURN key, collect(DISTINCT n {.*}) AS value
