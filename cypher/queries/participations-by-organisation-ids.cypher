// Each organisation's partnership edges, oldest project first.
UNWIND $keys AS key
MATCH (o:Organisation {id: key})-[r:PARTICIPATES_IN]->(p:Project)
WITH key, o, r, p
ORDER BY p.startDate, p.name, r.role
RETURN key, collect({organisationId: o.id, projectId: p.id, role: r.role, task: r.task, note: r.note, citations: r.citations}) AS value
