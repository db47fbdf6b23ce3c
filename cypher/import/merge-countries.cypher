// Countries by ISO 3166-1 alpha-2 code.
UNWIND $rows AS row
MERGE (n:Country {code: row.code})
SET n.name = coalesce(n.name, row.name)
WITH n, row
MATCH (s:Source {id: $sourceId})
MERGE (n)-[c:SOURCED_FROM]->(s)
SET c.lines = row.lines, c.citations = row.citation
