// Deletes one partnership edge; returns how many were deleted (0 or 1).
MATCH (:Organisation {id: $organisationId})-[r:PARTICIPATES_IN {role: $role}]->(:Project {id: $projectId})
DELETE r
RETURN count(*) AS removed
