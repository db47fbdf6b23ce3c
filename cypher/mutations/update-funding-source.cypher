// Changes to a funding source: given fields only (null clears); a new name
// keeps the old one as an alias.
// Runs after lock-funding-source in the same transaction: the name read here is the
// latest one, so a rename racing another keeps both names.
MATCH (n:FundingSource {id: $id})
WITH n, CASE WHEN $name IS NOT NULL AND $name <> n.name THEN [n.name] ELSE [] END AS oldName
SET n.aliases = reduce(acc = [], a IN coalesce(n.aliases, []) + oldName + $addAliases |
                  CASE WHEN a IN acc OR a = coalesce($name, n.name) THEN acc ELSE acc + a END)
SET n += $props, n.updatedAt = $at, n.updatedBy = $editor
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
