// The frameworks and mechanisms a project works with (REFERS_TO), not the ones it is under.
UNWIND $keys AS key
MATCH (:Project {id: key})-[:REFERS_TO]->(n:Programme)
WITH key, n
ORDER BY n.name
RETURN key, collect(DISTINCT n {.*}) AS value
