// A page of what each funding source paid for (projects and policy areas),
// with amounts where stated, largest first. Only what the request reads is
// returned, each item one flat list of values: the project's id (null for a
// policy area), the policy area's id (null for a project), then the edge's
// $edgeProperties, then, for a project and unless null, its
// $projectProperties. So `grants { project }` costs no further statement,
// and neither unread properties nor property names cross the wire.
UNWIND $keys AS key
MATCH (f:FundingSource {id: key})<-[r:FUNDED_BY]-(x)
WITH key, r, x
ORDER BY r.amountEur DESC, x.name, x.id
WITH key, collect({r: r, x: x}) AS rows
CALL (key, rows) {
  UNWIND rows[toInteger($offset)..toInteger($offset + $first)] AS row
  WITH row.r AS r, row.x AS x
  RETURN collect(
    [CASE WHEN x:Project THEN x.id END, CASE WHEN x:PolicyArea THEN x.id END]
    + [k IN $edgeProperties | r[k]]
    + CASE WHEN x:Project AND $projectProperties IS NOT NULL THEN [k IN $projectProperties | x[k]] ELSE [] END
  ) AS items
}
RETURN key, {totalCount: size(rows), items: items} AS value
