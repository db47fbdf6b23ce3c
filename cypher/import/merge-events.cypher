// Events (exercises, kick-offs) with place and dates, and what they belong to.
UNWIND $rows AS row
MERGE (n:Event {id: row.id})
SET n += row.props
WITH n, row
CALL (n, row) {
  MATCH (p:Project {id: row.project})
  MERGE (n)-[r:EVENT_OF]->(p)
  SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
}
CALL (n, row) {
  MATCH (c:Country {code: row.country})
  MERGE (n)-[r:HELD_IN]->(c)
  SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
}
WITH n, row
MATCH (s:Source {id: $sourceId})
MERGE (n)-[c:SOURCED_FROM]->(s)
SET c.lines = row.lines, c.citations = row.citation
