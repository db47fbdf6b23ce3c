// Per country of the participating organisations: organisations, participations,
// distinct projects, and the budgets of those projects (a project counts once
// per country, whatever the number of its partners there).
// Each amount counts within [0, $maxEur] (src/domain/money.ts), unknown as 0, so
// no stored value can make a sum overflow to Infinity or fail the read.
MATCH (c:Country)<-[:LOCATED_IN]-(o:Organisation)-[r:PARTICIPATES_IN]->(p:Project)
WITH c, count(DISTINCT o) AS organisationCount, count(r) AS participationCount, collect(DISTINCT p) AS projects
RETURN c.code AS key, c.name AS label,
       size(projects) AS projectCount, organisationCount, participationCount,
       reduce(total = 0.0, p IN projects | total + CASE WHEN p.totalBudgetEur > $maxEur THEN $maxEur WHEN p.totalBudgetEur >= 0 THEN p.totalBudgetEur ELSE 0 END) AS totalBudgetEur,
       reduce(total = 0.0, p IN projects | total + CASE WHEN p.euContributionEur > $maxEur THEN $maxEur WHEN p.euContributionEur >= 0 THEN p.euContributionEur ELSE 0 END) AS euContributionEur
ORDER BY projectCount DESC, key
