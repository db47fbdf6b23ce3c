// A funding instrument that belongs to a wider programme or funder.
UNWIND $rows AS row
MATCH (n:FundingSource {id: row.id})
MATCH (parent:FundingSource {id: row.partOf})
MERGE (n)-[r:PART_OF]->(parent)
SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
