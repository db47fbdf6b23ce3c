// Strategies, initiatives and frameworks (the EUSBSR, the EU CBRN CoE …).
UNWIND $rows AS row
MERGE (n:Programme {id: row.id})
SET n += row.props
SET n.aliases = reduce(acc = [], a IN coalesce(n.aliases, []) + row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET n.searchText = reduce(text = "", a IN n.aliases | text + " " + a)
SET n.searchKey = CASE WHEN n.searchKey IS NULL THEN row.searchKey WHEN n.searchKey CONTAINS row.searchKey THEN n.searchKey ELSE n.searchKey + " | " + row.searchKey END
WITH n, row
MATCH (s:Source {id: $sourceId})
MERGE (n)-[c:SOURCED_FROM]->(s)
SET c.lines = row.lines, c.citations = row.citation
