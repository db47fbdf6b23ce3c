// Topics: CBRN areas and categories, hazards, themes.
UNWIND $rows AS row
MERGE (n:Topic {id: row.id})
SET n += row.props
WITH n, row
MATCH (s:Source {id: $sourceId})
MERGE (n)-[c:SOURCED_FROM]->(s)
SET c.lines = row.lines, c.citations = row.citation
