// Gives the claimed identifier to the organisation (after claim-identifier,
// in the same transaction), with provenance on the edge.
MATCH (n:Organisation {id: $organisationId}), (i:Identifier {key: $key})
MERGE (n)-[r:HAS_IDENTIFIER {key: $key}]->(i)
SET r.citations = [$citation], r.sources = [$sourceId], r.recordedAt = $at, r.recordedBy = $editor
SET n.updatedAt = $at, n.updatedBy = $editor
RETURN n.id AS id
