// The entity-resolution decisions about each entity (merged spellings, look-alikes kept apart).
// Each key is found through the id constraint of every label a decision can be
// about (index seeks), then the decisions are read from that node's own edges:
// a node pattern without a label would filter every decision's targets instead.
UNWIND $keys AS key
CALL (key) {
  MATCH (n:Organisation {id: key}) RETURN n
  UNION
  MATCH (n:FundingSource {id: key}) RETURN n
  UNION
  MATCH (n:Project {id: key}) RETURN n
  UNION
  MATCH (n:Programme {id: key}) RETURN n
  UNION
  MATCH (n:PolicyArea {id: key}) RETURN n
  UNION
  MATCH (n:Region {id: key}) RETURN n
  UNION
  MATCH (n:Topic {id: key}) RETURN n
}
MATCH (n)<-[:ABOUT]-(r:Resolution)
WITH key, r, [(r)-[:ABOUT]->(other) WHERE other.id <> key | other.id] AS others
ORDER BY r.decision, r.id
RETURN key, collect(r {.*, names: coalesce(r.names, []), otherIds: others}) AS value
