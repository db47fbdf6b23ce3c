// A new funding source with provenance. The id constraint refuses an id that exists.
CREATE (n:FundingSource {id: $id})
SET n += $props, n.aliases = $aliases, n.createdAt = $at, n.createdBy = $editor
WITH n
// The names claimed (claim-name-keys) now belong to this node; the unique
// key on HAS_NAME_KEY refuses a key another node holds.
CALL (n) {
  UNWIND $nameKeys AS key
  MATCH (k:NameKey {key: key})
  MERGE (n)-[:HAS_NAME_KEY {key: key}]->(k)
}
WITH n
MATCH (s:Source {id: $sourceId})
MERGE (n)-[c:SOURCED_FROM]->(s)
SET c.lines = $lines, c.recordedAt = $at, c.recordedBy = $editor
RETURN n.id AS id, n.name AS name, n.acronym AS acronym, n.aliases AS aliases
