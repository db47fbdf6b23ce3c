// A page of each organisation's partnership edges (oldest project first),
// optionally of one role, with the total before paging. Only what the
// request reads is returned, as lists of values in the order of the property
// names given: the edge's $edgeProperties and, unless null, the project's
// $projectProperties — so `participations { project }` costs no further
// statement, and no unread property crosses the wire.
UNWIND $keys AS key
MATCH (o:Organisation {id: key})-[r:PARTICIPATES_IN]->(p:Project)
WHERE $role IS NULL OR r.role = $role
WITH key, r, p
ORDER BY p.startDate, p.name, r.role
WITH key, collect({p: p, r: r}) AS rows
CALL (key, rows) {
  UNWIND rows[toInteger($offset)..toInteger($offset + $first)] AS row
  WITH row.p AS p, row.r AS r
  RETURN collect({
    projectId: p.id,
    edge: [k IN $edgeProperties | r[k]],
    project: CASE WHEN $projectProperties IS NOT NULL THEN [k IN $projectProperties | p[k]] END
  }) AS items
}
RETURN key, {totalCount: size(rows), items: items} AS value
