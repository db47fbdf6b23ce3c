// A former policy area and the one that took over its work.
UNWIND $rows AS row
MATCH (n:PolicyArea {id: row.id})
MATCH (next:PolicyArea {id: row.succeededBy})
MERGE (n)-[r:SUCCEEDED_BY]->(next)
SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
