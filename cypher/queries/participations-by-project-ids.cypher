// Each project's partnership edges, coordinators and lead partners first.
UNWIND $keys AS key
MATCH (o:Organisation)-[r:PARTICIPATES_IN]->(p:Project {id: key})
WITH key, o, r, p,
     CASE r.role WHEN 'coordinator' THEN 0 WHEN 'lead partner' THEN 1 WHEN 'task leader' THEN 2 ELSE 3 END AS rank
ORDER BY rank, o.name, r.role
RETURN key, collect({organisationId: o.id, projectId: p.id, role: r.role, task: r.task, note: r.note, citations: r.citations}) AS value
