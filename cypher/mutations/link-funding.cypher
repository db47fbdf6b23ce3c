// A funding source pays for a project (amount and note where given), citing the edit.
// Runs after lock-funding-ends in the same transaction: no concurrent edit of this
// edge can come between the check and the write.
MATCH (p:Project {id: $projectId}), (f:FundingSource {id: $fundingSourceId})
MERGE (p)-[r:FUNDED_BY]->(f)
SET r += $props, r.updatedAt = $at, r.updatedBy = $editor,
    r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + $citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
RETURN r {.*, projectId: p.id, fundingSourceId: f.id, policyAreaId: null} AS funding
