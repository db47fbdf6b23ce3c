// Changes to a partnership edge (task, note; null clears), citing the edit.
// Runs after lock-partnership-ends in the same transaction: no concurrent edit of this
// edge can come between the check and the write.
MATCH (o:Organisation {id: $organisationId})-[r:PARTICIPATES_IN {role: $role}]->(p:Project {id: $projectId})
SET r += $props, r.updatedAt = $at, r.updatedBy = $editor,
    r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + $citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
RETURN r {.*, organisationId: $organisationId, projectId: $projectId} AS participation
