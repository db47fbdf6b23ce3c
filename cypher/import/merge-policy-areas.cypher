// Policy areas, each part of its programme.
UNWIND $rows AS row
MERGE (n:PolicyArea {id: row.id})
SET n += row.props
SET n.aliases = reduce(acc = [], a IN coalesce(n.aliases, []) + row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET n.searchText = reduce(text = "", a IN n.aliases | text + " " + a)
SET n.searchKey = CASE WHEN n.searchKey IS NULL THEN row.searchKey WHEN n.searchKey CONTAINS row.searchKey THEN n.searchKey ELSE n.searchKey + " | " + row.searchKey END
WITH n, row
MATCH (p:Programme {id: row.programme})
MERGE (n)-[r:PART_OF]->(p)
SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
WITH n, row
MATCH (s:Source {id: $sourceId})
MERGE (n)-[c:SOURCED_FROM]->(s)
SET c.lines = row.lines, c.citations = row.citation
