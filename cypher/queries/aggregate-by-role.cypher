// Per participation role: how many edges carry it, between how many
// organisations and projects, and the budgets of those projects.
// Each amount counts within [0, $maxEur] (src/domain/money.ts), unknown as 0, so
// no stored value can make a sum overflow to Infinity or fail the read.
MATCH (o:Organisation)-[r:PARTICIPATES_IN]->(p:Project)
WITH r.role AS role, count(r) AS participationCount, count(DISTINCT o) AS organisationCount, collect(DISTINCT p) AS projects
RETURN role AS key, role AS label, size(projects) AS projectCount, organisationCount, participationCount,
       reduce(total = 0.0, p IN projects | total + CASE WHEN p.totalBudgetEur > $maxEur THEN $maxEur WHEN p.totalBudgetEur >= 0 THEN p.totalBudgetEur ELSE 0 END) AS totalBudgetEur,
       reduce(total = 0.0, p IN projects | total + CASE WHEN p.euContributionEur > $maxEur THEN $maxEur WHEN p.euContributionEur >= 0 THEN p.euContributionEur ELSE 0 END) AS euContributionEur
ORDER BY participationCount DESC, key
