// The partnership edge: an organisation takes part in a project in a role.
// A MERGE written out: `MERGE (o)-[:PARTICIPATES_IN {role: …}]->(p)` is
// planned on the statistics of the graph before the import, and on a graph
// with few partnership edges the planner scans the role index for every row —
// quadratic in a large import. Here the existing edges are found by expanding
// between the two nodes only, after a write lock on the project (a property
// set and removed), so two imports cannot both create the same edge.
UNWIND $rows AS row
MATCH (o:Organisation {id: row.organisation})
MATCH (p:Project {id: row.project})
SET p._importLock = true
REMOVE p._importLock
WITH o, p, row, [x IN [(o)-[e:PARTICIPATES_IN]->(p) | e] WHERE x.role = row.role] AS existing
CALL (o, p, row, existing) {
  WITH o, p, row, existing WHERE size(existing) = 0
  CREATE (o)-[r:PARTICIPATES_IN {role: row.role}]->(p)
  RETURN r
  UNION ALL
  WITH existing WHERE size(existing) > 0
  RETURN existing[0] AS r
}
SET r += row.props
SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
