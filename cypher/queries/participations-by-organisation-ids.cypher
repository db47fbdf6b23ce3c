// A page of each organisation's partnership edges (oldest project first),
// optionally of one role, with the total before paging. Each edge of the page
// brings its project's properties (for the Project loader), so
// `participations { project }` costs no further statement.
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
    organisationId: key, projectId: p.id, role: r.role, task: r.task, note: r.note,
    citations: r.citations,
    projectNode: p {.id, .code, .name, .acronym, .aliases, .kind, .status, .isFlagship, .flagshipSince,
                      .startDate, .endDate, .durationMonths, .totalBudgetEur, .euContributionEur,
                      .partnerCount, .countryCount, .summary}
  }) AS items
}
RETURN key, {totalCount: size(rows), items: items} AS value
