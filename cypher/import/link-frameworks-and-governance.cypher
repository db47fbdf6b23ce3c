// Links the pages state between a record and a frame it does not belong to:
// a project REFERS_TO a framework or mechanism it works with (Programme), a
// body GOVERNS a policy area. Rows with `project: true` come from projects.
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.project
  MATCH (n:Project {id: row.from})
  UNWIND row.targets AS targetId
  MATCH (target:Programme {id: targetId})
  MERGE (n)-[r:REFERS_TO]->(target)
  SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
}
CALL (row) {
  WITH row WHERE NOT row.project
  MATCH (n:Organisation {id: row.from})
  UNWIND row.targets AS targetId
  MATCH (target:PolicyArea {id: targetId})
  MERGE (n)-[r:GOVERNS]->(target)
  SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
}
