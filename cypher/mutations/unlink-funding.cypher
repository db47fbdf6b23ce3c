// Deletes a funding edge; returns how many were deleted (0 or 1).
MATCH (:Project {id: $projectId})-[r:FUNDED_BY]->(:FundingSource {id: $fundingSourceId})
DELETE r
RETURN count(*) AS removed
