// Entity-resolution decisions by their own id (node(id:)), as `resolutions`
// lists them. Read on its own a decision has no entity in view, so
// `otherIds` lists every entity it is about, in id order.
UNWIND $keys AS key
MATCH (r:Resolution {id: key})
RETURN key, r {.*, names: coalesce(r.names, []),
               otherIds: COLLECT { MATCH (r)-[:ABOUT]->(e) RETURN e.id AS id ORDER BY id }} AS value
