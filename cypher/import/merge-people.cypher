// Contacts and the organisation they work for, with their title.
UNWIND $rows AS row
MATCH (o:Organisation {id: row.organisation})
MERGE (n:Person {id: row.id})
SET n.name = row.name, n.searchText = '', n.searchKey = row.searchKey
MERGE (n)-[r:WORKS_FOR]->(o)
SET r.title = row.title
SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
WITH n, row
MATCH (s:Source {id: $sourceId})
MERGE (n)-[c:SOURCED_FROM]->(s)
SET c.lines = row.lines, c.citations = row.citation
