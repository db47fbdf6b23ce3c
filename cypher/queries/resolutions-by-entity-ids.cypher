// The entity-resolution decisions about each entity (merged spellings, look-alikes kept apart).
UNWIND $keys AS key
MATCH (r:Resolution)-[:ABOUT]->(n {id: key})
WITH key, r, [(r)-[:ABOUT]->(other) WHERE other.id <> key | other.id] AS others
ORDER BY r.decision, r.id
RETURN key, collect(r {.*, names: coalesce(r.names, []), otherIds: others}) AS value
