// Organisations taking part in at least $minProjects of the projects
// $projectIds, with their participations in those projects (every role they
// hold). Most shared projects first, then by name. Each project is found
// through its id constraint, and only its own partnership edges are read.
// Rows: organisation (its properties and countryCode), projectCount, and
// participations in the shape of a Participation, each with its project's
// properties (so the API needs no second trip for them).
UNWIND $projectIds AS projectId
WITH DISTINCT projectId
MATCH (p:Project {id: projectId})
MATCH (o:Organisation)-[r:PARTICIPATES_IN]->(p)
WITH o, p, r
ORDER BY p.startDate, p.id, r.role, r.task
WITH o,
     count(DISTINCT p) AS projectCount,
     collect({organisationId: o.id, projectId: p.id, role: r.role, task: r.task, note: r.note, citations: r.citations,
              project: p {.id, .code, .name, .acronym, .aliases, .kind, .status, .isFlagship, .flagshipSince,
                          .startDate, .endDate, .durationMonths, .totalBudgetEur, .euContributionEur,
                          .partnerCount, .countryCount, .place, .summary}}) AS participations
WHERE projectCount >= $minProjects
RETURN o {.id, .name, .acronym, .aliases, .kind, .city, .summary, .founded, .memberCountryCount, .meetingsPerYear,
          countryCode: head([(o)-[:LOCATED_IN]->(c:Country) | c.code])} AS organisation,
       projectCount, participations
ORDER BY projectCount DESC, o.name, o.id
