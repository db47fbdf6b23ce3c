// The partnership edges between one organisation and one project, per role,
// to assert after concurrent edits that no edge was duplicated or lost.
MATCH (:Organisation {id: $organisationId})-[r:PARTICIPATES_IN]->(:Project {id: $projectId})
RETURN r.role AS role, count(r) AS count
ORDER BY role
