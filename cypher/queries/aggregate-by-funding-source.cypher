// Per funding source: the projects it funds, their partners, and money —
// `fundedAmountEur` adds the amounts stated on the funding edges.
MATCH (f:FundingSource)<-[fb:FUNDED_BY]-(p:Project)
OPTIONAL MATCH (o:Organisation)-[r:PARTICIPATES_IN]->(p)
WITH f, p, fb, count(r) AS participations, collect(DISTINCT o) AS organisations
WITH f,
     count(p) AS projectCount,
     sum(participations) AS participationCount,
     reduce(acc = [], list IN collect(organisations) | acc + list) AS organisations,
     sum(coalesce(p.totalBudgetEur, 0)) AS totalBudgetEur,
     sum(coalesce(p.euContributionEur, 0)) AS euContributionEur,
     sum(coalesce(fb.amountEur, 0)) AS fundedAmountEur
UNWIND (CASE WHEN organisations = [] THEN [null] ELSE organisations END) AS o
WITH f, projectCount, participationCount, totalBudgetEur, euContributionEur, fundedAmountEur, count(DISTINCT o) AS organisationCount
RETURN f.id AS key, f.name AS label, projectCount, organisationCount, participationCount,
       toFloat(totalBudgetEur) AS totalBudgetEur, toFloat(euContributionEur) AS euContributionEur,
       toFloat(fundedAmountEur) AS fundedAmountEur
ORDER BY projectCount DESC, key
