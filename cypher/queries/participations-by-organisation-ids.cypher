// A page of each organisation's partnership edges (oldest project first),
// optionally of one role, with the total before paging.
UNWIND $keys AS key
MATCH (o:Organisation {id: key})-[r:PARTICIPATES_IN]->(p:Project)
WHERE $role IS NULL OR r.role = $role
WITH key, o, r, p
ORDER BY p.startDate, p.name, r.role
WITH key, collect({organisationId: o.id, projectId: p.id, role: r.role, task: r.task, note: r.note, citations: r.citations}) AS rows
RETURN key, {totalCount: size(rows), items: rows[toInteger($offset)..toInteger($offset + $first)]} AS value
