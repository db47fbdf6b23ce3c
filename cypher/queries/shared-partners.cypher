// Organisations taking part in at least $minProjects of the projects
// $projectIds, with their participations in those projects (every role they
// hold). Most shared projects first, then by name. Each project is found
// through its id constraint, and only its own partnership edges are read.
// One row, one statement: the ids that name no project (so an unknown id
// needs no separate check; the partners are not looked for then) and the
// partners. Only what the request reads is returned, as lists of values in
// the order of the property names given: the organisation's
// $organisationProperties and, unless null, its country's $countryProperties;
// each participation's $edgeProperties and, unless null, its project's
// $projectProperties.
CALL () {
  UNWIND $projectIds AS projectId
  WITH DISTINCT projectId
  OPTIONAL MATCH (p:Project {id: projectId})
  WITH projectId, p
  WHERE p IS NULL
  RETURN collect(projectId) AS unknownIds
}
CALL (unknownIds) {
  WITH unknownIds
  WHERE size(unknownIds) = 0
  UNWIND $projectIds AS projectId
  WITH DISTINCT projectId
  MATCH (p:Project {id: projectId})
  MATCH (o:Organisation)-[r:PARTICIPATES_IN]->(p)
  WITH o, p, r
  ORDER BY p.startDate, p.id, r.role, r.task
  WITH o,
       count(DISTINCT p) AS projectCount,
       collect({
         projectId: p.id,
         edge: [k IN $edgeProperties | r[k]],
         project: CASE WHEN $projectProperties IS NOT NULL THEN [k IN $projectProperties | p[k]] END
       }) AS participations
  WHERE projectCount >= $minProjects
  WITH o, projectCount, participations
  ORDER BY projectCount DESC, o.name, o.id
  RETURN collect({
    organisation: [k IN $organisationProperties | o[k]],
    country: CASE WHEN $countryProperties IS NOT NULL
                  THEN head([(o)-[:LOCATED_IN]->(c:Country) | [k IN $countryProperties | c[k]]]) END,
    projectCount: projectCount,
    participations: participations
  }) AS partners
}
RETURN unknownIds, partners
