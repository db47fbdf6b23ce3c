// Per participation role: how many edges carry it, between how many
// organisations and projects, and the budgets of those projects.
MATCH (o:Organisation)-[r:PARTICIPATES_IN]->(p:Project)
WITH r.role AS role, count(r) AS participationCount, count(DISTINCT o) AS organisationCount, collect(DISTINCT p) AS projects
RETURN role AS key, role AS label, size(projects) AS projectCount, organisationCount, participationCount,
       reduce(total = 0.0, p IN projects | total + coalesce(p.totalBudgetEur, 0)) AS totalBudgetEur,
       reduce(total = 0.0, p IN projects | total + coalesce(p.euContributionEur, 0)) AS euContributionEur
ORDER BY participationCount DESC, key
