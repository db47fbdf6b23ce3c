// A new project with provenance. The id constraint refuses an id that exists.
CREATE (n:Project {id: $id})
SET n += $props, n.aliases = $aliases, n.createdAt = $at, n.createdBy = $editor
WITH n
MATCH (s:Source {id: $sourceId})
MERGE (n)-[c:SOURCED_FROM]->(s)
SET c.lines = $lines, c.recordedAt = $at, c.recordedBy = $editor
RETURN n.id AS id, n.name AS name, n.acronym AS acronym, n.code AS code, n.aliases AS aliases
