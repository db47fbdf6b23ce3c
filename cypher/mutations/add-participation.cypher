// A new partnership edge; nothing when either end is missing or the edge exists.
// Runs after lock-partnership-ends in the same transaction: no concurrent edit of this
// edge can come between the check and the write.
MATCH (o:Organisation {id: $organisationId}), (p:Project {id: $projectId})
WHERE NOT EXISTS { (o)-[:PARTICIPATES_IN {role: $role}]->(p) }
CREATE (o)-[r:PARTICIPATES_IN {role: $role}]->(p)
SET r += $props, r.sources = [$sourceId], r.citations = [$citation],
    r.createdAt = $at, r.createdBy = $editor
RETURN r {.*, organisationId: $organisationId, projectId: $projectId} AS participation
