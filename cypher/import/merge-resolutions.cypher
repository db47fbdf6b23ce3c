// Entity-resolution decisions: which spellings were merged into one node,
// or which look-alikes were deliberately kept apart, and why.
UNWIND $rows AS row
MATCH (entity) WHERE (entity:Organisation OR entity:FundingSource OR entity:Project OR entity:Programme
                    OR entity:PolicyArea OR entity:Region OR entity:Topic) AND entity.id = row.entity
MERGE (n:Resolution {id: row.id})
SET n += row.props
MERGE (n)-[a:ABOUT]->(entity)
SET a.citations = [x IN coalesce(a.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    a.sources = [x IN coalesce(a.sources, []) WHERE x <> $sourceId] + $sourceId
WITH n, row
CALL (n, row) {
  MATCH (other) WHERE (other:Organisation OR other:FundingSource OR other:Project OR other:Programme
                   OR other:PolicyArea OR other:Region OR other:Topic) AND other.id = row.other
  MERGE (n)-[r:ABOUT]->(other)
  SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
}
WITH n, row
MATCH (s:Source {id: $sourceId})
MERGE (n)-[c:SOURCED_FROM]->(s)
SET c.lines = row.lines, c.citations = row.citation
