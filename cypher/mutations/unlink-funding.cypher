// Deletes a funding edge; returns how many were deleted (0 or 1).
// Runs after lock-funding-ends in the same transaction: no concurrent edit of this
// edge can come between the check and the write.
MATCH (:Project {id: $projectId})-[r:FUNDED_BY]->(:FundingSource {id: $fundingSourceId})
DELETE r
RETURN count(*) AS removed
