// Per country of the participating organisations: organisations, participations,
// distinct projects, and the budgets of those projects (a project counts once
// per country, whatever the number of its partners there).
MATCH (c:Country)<-[:LOCATED_IN]-(o:Organisation)-[r:PARTICIPATES_IN]->(p:Project)
WITH c, count(DISTINCT o) AS organisationCount, count(r) AS participationCount, collect(DISTINCT p) AS projects
RETURN c.code AS key, c.name AS label,
       size(projects) AS projectCount, organisationCount, participationCount,
       reduce(total = 0.0, p IN projects | total + coalesce(p.totalBudgetEur, 0)) AS totalBudgetEur,
       reduce(total = 0.0, p IN projects | total + coalesce(p.euContributionEur, 0)) AS euContributionEur
ORDER BY projectCount DESC, key
