// A new organisation with provenance, and its country and parent where given.
// The id constraint refuses an id that exists (ConstraintValidationFailed).
CREATE (n:Organisation {id: $id})
SET n += $props, n.aliases = $aliases, n.createdAt = $at, n.createdBy = $editor
WITH n
// The names claimed (claim-name-keys) now belong to this node; the unique
// key on HAS_NAME_KEY refuses a key another node holds.
CALL (n) {
  UNWIND $nameKeys AS key
  MATCH (k:NameKey {key: key})
  MERGE (n)-[:HAS_NAME_KEY {key: key}]->(k)
}
CALL (n) {
  WITH n WHERE $countryCode IS NOT NULL
  MERGE (c:Country {code: $countryCode})
  ON CREATE SET c.name = $countryName
  MERGE (n)-[r:LOCATED_IN]->(c)
  SET r.sources = [$sourceId], r.citations = [$citation]
}
CALL (n) {
  MATCH (parent:Organisation {id: $parentId})
  MERGE (n)-[r:PART_OF]->(parent)
  SET r.sources = [$sourceId], r.citations = [$citation]
}
WITH n
MATCH (s:Source {id: $sourceId})
MERGE (n)-[c:SOURCED_FROM]->(s)
SET c.lines = $lines, c.recordedAt = $at, c.recordedBy = $editor
RETURN n.id AS id, n.name AS name, n.acronym AS acronym, n.aliases AS aliases
