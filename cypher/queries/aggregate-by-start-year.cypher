// Per start year: projects starting then, their partners and budgets.
// Each amount counts within [0, $maxEur] (src/domain/money.ts), unknown as 0, so
// no stored value can make a sum overflow to Infinity or fail the read.
MATCH (p:Project) WHERE p.startYear IS NOT NULL
OPTIONAL MATCH (o:Organisation)-[r:PARTICIPATES_IN]->(p)
WITH p.startYear AS year, p, count(r) AS participations, collect(DISTINCT o) AS organisations
WITH year,
     count(p) AS projectCount,
     sum(participations) AS participationCount,
     reduce(acc = [], list IN collect(organisations) | acc + list) AS organisations,
     sum(CASE WHEN p.totalBudgetEur > $maxEur THEN $maxEur WHEN p.totalBudgetEur >= 0 THEN p.totalBudgetEur ELSE 0 END) AS totalBudgetEur,
     sum(CASE WHEN p.euContributionEur > $maxEur THEN $maxEur WHEN p.euContributionEur >= 0 THEN p.euContributionEur ELSE 0 END) AS euContributionEur
UNWIND (CASE WHEN organisations = [] THEN [null] ELSE organisations END) AS o
WITH year, projectCount, participationCount, totalBudgetEur, euContributionEur, count(DISTINCT o) AS organisationCount
RETURN toString(year) AS key, toString(year) AS label, projectCount, organisationCount, participationCount,
       toFloat(totalBudgetEur) AS totalBudgetEur, toFloat(euContributionEur) AS euContributionEur
ORDER BY key
