// Who pays for a project or a policy area, with the amount where stated.
UNWIND $rows AS row
MATCH (f:FundingSource {id: row.fundingSource})
MATCH (funded) WHERE (funded:Project OR funded:PolicyArea) AND funded.id = row.funded
MERGE (funded)-[r:FUNDED_BY]->(f)
SET r += row.props
SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
