// Partnership edges that repeat an (organisation, project, role) triple; none may exist.
MATCH (o:Organisation)-[r:PARTICIPATES_IN]->(p:Project)
WITH o.id AS organisationId, p.id AS projectId, r.role AS role, count(r) AS count
WHERE count > 1
RETURN organisationId, projectId, role, count
