// A page of each project's partnership edges (coordinators and lead partners
// first), optionally of one role, with the total before paging.
UNWIND $keys AS key
MATCH (o:Organisation)-[r:PARTICIPATES_IN]->(p:Project {id: key})
WHERE $role IS NULL OR r.role = $role
WITH key, o, r, p,
     CASE r.role WHEN 'coordinator' THEN 0 WHEN 'lead partner' THEN 1 WHEN 'task leader' THEN 2 ELSE 3 END AS rank
ORDER BY rank, o.name, r.role
WITH key, collect({organisationId: o.id, projectId: p.id, role: r.role, task: r.task, note: r.note, citations: r.citations}) AS rows
RETURN key, {totalCount: size(rows), items: rows[toInteger($offset)..toInteger($offset + $first)]} AS value
