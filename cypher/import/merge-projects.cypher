// Projects, flagships, platforms, processes, programmes and exercises.
UNWIND $rows AS row
MERGE (n:Project {id: row.id})
SET n += row.props
SET n.aliases = reduce(acc = [], a IN coalesce(n.aliases, []) + row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET n.searchText = reduce(text = "", a IN n.aliases | text + " " + a)
WITH n, row
MATCH (s:Source {id: $sourceId})
MERGE (n)-[c:SOURCED_FROM]->(s)
SET c.lines = row.lines
