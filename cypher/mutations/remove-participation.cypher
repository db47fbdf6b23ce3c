// Deletes one partnership edge; returns how many were deleted (0 or 1).
// Runs after lock-partnership-ends in the same transaction: no concurrent edit of this
// edge can come between the check and the write.
MATCH (:Organisation {id: $organisationId})-[r:PARTICIPATES_IN {role: $role}]->(:Project {id: $projectId})
DELETE r
RETURN count(*) AS removed
