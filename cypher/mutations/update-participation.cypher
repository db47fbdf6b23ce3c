// Changes to a partnership edge (task, note; null clears), citing the edit.
MATCH (o:Organisation {id: $organisationId})-[r:PARTICIPATES_IN {role: $role}]->(p:Project {id: $projectId})
SET r += $props, r.updatedAt = $at, r.updatedBy = $editor,
    r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + $citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
RETURN r {.*, organisationId: $organisationId, projectId: $projectId} AS participation
