// The topics a policy area addresses (its pillars, the hazards it deals with),
// after the topics are written.
UNWIND $rows AS row
MATCH (n:PolicyArea {id: row.id})
UNWIND row.topics AS topicId
MATCH (t:Topic {id: topicId})
MERGE (n)-[r:ADDRESSES]->(t)
SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
  r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
