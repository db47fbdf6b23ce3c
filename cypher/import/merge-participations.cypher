// The partnership edge: an organisation takes part in a project in a role.
UNWIND $rows AS row
MATCH (o:Organisation {id: row.organisation})
MATCH (p:Project {id: row.project})
MERGE (o)-[r:PARTICIPATES_IN {role: row.role}]->(p)
SET r += row.props
SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
