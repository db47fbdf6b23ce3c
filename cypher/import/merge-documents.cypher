// Reports, papers and factsheets a project produced.
UNWIND $rows AS row
MATCH (p:Project {id: row.project})
MERGE (n:Document {id: row.id})
SET n += row.props
MERGE (n)-[o:OUTPUT_OF]->(p)
SET o.citations = [x IN coalesce(o.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    o.sources = [x IN coalesce(o.sources, []) WHERE x <> $sourceId] + $sourceId
WITH n, row
CALL (n, row) {
  MATCH (t:Task {id: row.task})
  MERGE (n)-[r:REPORTS_ON]->(t)
  SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
}
WITH n, row
MATCH (s:Source {id: $sourceId})
MERGE (n)-[c:SOURCED_FROM]->(s)
SET c.lines = row.lines, c.citations = row.citation
