// A project's tasks and the organisations that lead them.
UNWIND $rows AS row
MATCH (p:Project {id: row.project})
MERGE (n:Task {id: row.id})
SET n += row.props
MERGE (p)-[h:HAS_TASK]->(n)
SET h.citations = [x IN coalesce(h.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    h.sources = [x IN coalesce(h.sources, []) WHERE x <> $sourceId] + $sourceId
WITH n, row
CALL (n, row) {
  MATCH (o:Organisation {id: row.leader})
  MERGE (o)-[r:LEADS]->(n)
  SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
}
WITH n, row
MATCH (s:Source {id: $sourceId})
MERGE (n)-[c:SOURCED_FROM]->(s)
SET c.lines = row.lines, c.citations = row.citation
