// Regions, and the countries they include.
UNWIND $rows AS row
MERGE (n:Region {id: row.id})
SET n += row.props
WITH n, row
CALL (n, row) {
  UNWIND row.countries AS code
  MATCH (c:Country {code: code})
  MERGE (n)-[r:INCLUDES]->(c)
  SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
}
WITH n, row
MATCH (s:Source {id: $sourceId})
MERGE (n)-[c:SOURCED_FROM]->(s)
SET c.lines = row.lines
