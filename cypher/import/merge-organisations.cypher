// Organisations, with every other spelling of their name as an alias, and their country.
UNWIND $rows AS row
MERGE (n:Organisation {id: row.id})
SET n += row.props
SET n.aliases = reduce(acc = [], a IN coalesce(n.aliases, []) + row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET n.searchText = reduce(text = "", a IN n.aliases | text + " " + a)
WITH n, row
CALL (n, row) {
  MATCH (c:Country {code: row.country})
  MERGE (n)-[r:LOCATED_IN]->(c)
  SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
}
WITH n, row
MATCH (s:Source {id: $sourceId})
MERGE (n)-[c:SOURCED_FROM]->(s)
SET c.lines = row.lines
