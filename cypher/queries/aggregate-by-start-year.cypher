// Per start year: projects starting then, their partners and budgets.
MATCH (p:Project) WHERE p.startYear IS NOT NULL
OPTIONAL MATCH (o:Organisation)-[r:PARTICIPATES_IN]->(p)
WITH p.startYear AS year, p, count(r) AS participations, collect(DISTINCT o) AS organisations
WITH year,
     count(p) AS projectCount,
     sum(participations) AS participationCount,
     reduce(acc = [], list IN collect(organisations) | acc + list) AS organisations,
     sum(coalesce(p.totalBudgetEur, 0)) AS totalBudgetEur,
     sum(coalesce(p.euContributionEur, 0)) AS euContributionEur
UNWIND (CASE WHEN organisations = [] THEN [null] ELSE organisations END) AS o
WITH year, projectCount, participationCount, totalBudgetEur, euContributionEur, count(DISTINCT o) AS organisationCount
RETURN toString(year) AS key, toString(year) AS label, projectCount, organisationCount, participationCount,
       toFloat(totalBudgetEur) AS totalBudgetEur, toFloat(euContributionEur) AS euContributionEur
ORDER BY key
