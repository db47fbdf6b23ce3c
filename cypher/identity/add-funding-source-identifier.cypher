// Gives the claimed identifier to a funder (after claim-identifier, in the
// same transaction), with provenance on the edge. The unique key on
// HAS_IDENTIFIER is the last word: a second owner is refused by the database.
MATCH (n:FundingSource {id: $fundingSourceId}), (i:Identifier {key: $key})
MERGE (n)-[r:HAS_IDENTIFIER {key: $key}]->(i)
SET r.citations = [$citation], r.sources = [$sourceId], r.recordedAt = $at, r.recordedBy = $editor
SET n.updatedAt = $at, n.updatedBy = $editor
RETURN n.id AS id
