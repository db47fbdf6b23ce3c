// An organisation's partnership edges in the order its participations page
// lists them (oldest project first), for tests that page through them.
MATCH (:Organisation {id: $id})-[r:PARTICIPATES_IN]->(p:Project)
RETURN p.id AS projectId, r.role AS role
ORDER BY p.startDate, p.name, r.role
