// Per policy area: the projects under it, their partners and budgets.
MATCH (pa:PolicyArea)<-[:UNDER]-(p:Project)
OPTIONAL MATCH (o:Organisation)-[r:PARTICIPATES_IN]->(p)
WITH pa, p, count(r) AS participations, collect(DISTINCT o) AS organisations
WITH pa,
     count(p) AS projectCount,
     sum(participations) AS participationCount,
     reduce(acc = [], list IN collect(organisations) | acc + list) AS organisations,
     sum(coalesce(p.totalBudgetEur, 0)) AS totalBudgetEur,
     sum(coalesce(p.euContributionEur, 0)) AS euContributionEur
UNWIND (CASE WHEN organisations = [] THEN [null] ELSE organisations END) AS o
WITH pa, projectCount, participationCount, totalBudgetEur, euContributionEur, count(DISTINCT o) AS organisationCount
RETURN pa.id AS key, pa.name AS label, projectCount, organisationCount, participationCount,
       toFloat(totalBudgetEur) AS totalBudgetEur, toFloat(euContributionEur) AS euContributionEur
ORDER BY projectCount DESC, key
