// First step of a funding edit: a write lock on the project, then the
// funding source, until the transaction ends, so a link and an unlink of the
// same pair run one after the other. Nothing when an end is missing.
MATCH (p:Project {id: $projectId})
SET p._lock = true
REMOVE p._lock
WITH p
MATCH (f:FundingSource {id: $fundingSourceId})
SET f._lock = true
REMOVE f._lock
RETURN count(*) AS locked
