// Units, secretariats, expert groups and task forces are part of a parent body.
UNWIND $rows AS row
MATCH (n:Organisation {id: row.id})
MATCH (parent:Organisation {id: row.partOf})
MERGE (n)-[r:PART_OF]->(parent)
SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
