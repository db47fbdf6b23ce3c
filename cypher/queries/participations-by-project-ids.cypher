// A page of each project's partnership edges (coordinators and lead partners
// first), optionally of one role, with the total before paging. Only what
// the request reads is returned, each item one flat list of values: the
// organisation's id, then the edge's $edgeProperties, then, unless null, the
// organisation's $organisationProperties, then, unless $countryProperties is
// null, one last value: its country's properties as a list (null: it has
// none). So `participations { organisation { country } }` costs no further
// statement, and neither unread properties nor property names cross the wire.
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
  RETURN collect(
    [o.id] + [k IN $edgeProperties | r[k]]
    + CASE WHEN $organisationProperties IS NOT NULL THEN [k IN $organisationProperties | o[k]] ELSE [] END
    + CASE WHEN $countryProperties IS NOT NULL
           THEN [head([(o)-[:LOCATED_IN]->(c:Country) | [k IN $countryProperties | c[k]]])] ELSE [] END
  ) AS items
}
RETURN key, {totalCount: size(rows), items: items} AS value
