// A page of each organisation's partnership edges (oldest project first),
// optionally of one role, with the total before paging. Only what the
// request reads is returned, each item one flat list of values: the
// project's id, then the edge's $edgeProperties, then, unless null, the
// project's $projectProperties. So `participations { project }` costs no
// further statement, and neither unread properties nor property names cross
// the wire.
UNWIND $keys AS key
MATCH (o:Organisation {id: key})-[r:PARTICIPATES_IN]->(p:Project)
WHERE $role IS NULL OR r.role = $role
WITH key, r, p
ORDER BY p.startDate, p.name, r.role
WITH key, collect({p: p, r: r}) AS rows
CALL (key, rows) {
  UNWIND rows[toInteger($offset)..toInteger($offset + $first)] AS row
  WITH row.p AS p, row.r AS r
  RETURN collect(
    [p.id] + [k IN $edgeProperties | r[k]]
    + CASE WHEN $projectProperties IS NOT NULL THEN [k IN $projectProperties | p[k]] ELSE [] END
  ) AS items
}
RETURN key, {totalCount: size(rows), items: items} AS value
