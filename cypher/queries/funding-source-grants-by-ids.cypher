// A page of what each funding source paid for (projects and policy areas),
// with amounts where stated, largest first. Only what the request reads is
// returned, as lists of values in the order of the property names given:
// the edge's $edgeProperties and, unless null, a project's
// $projectProperties — so `grants { project }` costs no further statement.
UNWIND $keys AS key
MATCH (f:FundingSource {id: key})<-[r:FUNDED_BY]-(x)
WITH key, r, x
ORDER BY r.amountEur DESC, x.name, x.id
WITH key, collect({r: r, x: x}) AS rows
CALL (key, rows) {
  UNWIND rows[toInteger($offset)..toInteger($offset + $first)] AS row
  WITH row.r AS r, row.x AS x
  RETURN collect({
    projectId: CASE WHEN x:Project THEN x.id END,
    policyAreaId: CASE WHEN x:PolicyArea THEN x.id END,
    edge: [k IN $edgeProperties | r[k]],
    project: CASE WHEN x:Project AND $projectProperties IS NOT NULL
                  THEN [k IN $projectProperties | x[k]] END
  }) AS items
}
RETURN key, {totalCount: size(rows), items: items} AS value
