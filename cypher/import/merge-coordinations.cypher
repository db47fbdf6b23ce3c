// Who coordinates a policy area, in which role and when.
UNWIND $rows AS row
MATCH (o:Organisation {id: row.organisation})
MATCH (pa:PolicyArea {id: row.policyArea})
MERGE (o)-[r:COORDINATES {role: row.role}]->(pa)
SET r += row.props
SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
