// Floor, deep nested shape: the first $first organisations by name (in the
// order of the lower-case sort-name index, as the API reads them), the
// first $projects of their projects (oldest first), every partner of those
// projects (coordinators first) and the partner's country — one statement
// returning the response's `data`, ordered as the API orders.
MATCH (o:Organisation)
WHERE o.sortName >= ''
WITH o
ORDER BY o.sortName, o.id
LIMIT $first
CALL (o) {
  MATCH (o)-[r:PARTICIPATES_IN]->(p:Project)
  WITH r, p
  ORDER BY p.startDate, p.name, r.role
  LIMIT $projects
  CALL (p) {
    MATCH (x:Organisation)-[pr:PARTICIPATES_IN]->(p)
    WITH x, pr
    ORDER BY CASE pr.role WHEN 'coordinator' THEN 0 WHEN 'lead partner' THEN 1 WHEN 'task leader' THEN 2 ELSE 3 END,
             x.name, pr.role
    LIMIT $partners
    RETURN collect({
      role: toUpper(replace(pr.role, ' ', '_')),
      organisation: {
        id: x.id,
        name: x.name,
        country: head([(x)-[:LOCATED_IN]->(c:Country) | {code: c.code, name: c.name}])
      }
    }) AS partners
  }
  RETURN collect({
    role: toUpper(replace(r.role, ' ', '_')),
    project: {id: p.id, name: p.name, startDate: p.startDate, participations: {nodes: partners}}
  }) AS participations
}
RETURN {organisations: {nodes: collect({id: o.id, name: o.name, participations: {nodes: participations}})}} AS data
