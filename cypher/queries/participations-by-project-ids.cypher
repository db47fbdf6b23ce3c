// A page of each project's partnership edges (coordinators and lead partners
// first), optionally of one role, with the total before paging. Each edge of
// the page brings its organisation's properties (for the Organisation loader),
// so `participations { organisation }` costs no further statement.
UNWIND $keys AS key
MATCH (o:Organisation)-[r:PARTICIPATES_IN]->(p:Project {id: key})
WHERE $role IS NULL OR r.role = $role
WITH key, o, r,
     CASE r.role WHEN 'coordinator' THEN 0 WHEN 'lead partner' THEN 1 WHEN 'task leader' THEN 2 ELSE 3 END AS rank
ORDER BY rank, o.name, r.role
WITH key, collect({o: o, r: r}) AS rows
CALL (key, rows) {
  UNWIND rows[toInteger($offset)..toInteger($offset + $first)] AS row
  WITH row.o AS o, row.r AS r
  RETURN collect({
    organisationId: o.id, projectId: key, role: r.role, task: r.task, note: r.note,
    citations: r.citations,
    organisationNode: o {.id, .name, .acronym, .aliases, .kind, .city, .summary,
                           countryCode: head([(o)-[:LOCATED_IN]->(c:Country) | c.code]),
                           countryNode: head([(o)-[:LOCATED_IN]->(c:Country) | c {.*}])}
  }) AS items
}
RETURN key, {totalCount: size(rows), items: items} AS value
