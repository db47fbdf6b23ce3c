// Per funding source: the projects it funds, their partners, and money —
// `fundedAmountEur` adds the amounts stated on the funding edges.
// Each amount counts within [0, $maxEur] (src/domain/money.ts), unknown as 0, so
// no stored value can make a sum overflow to Infinity or fail the read.
MATCH (f:FundingSource)<-[fb:FUNDED_BY]-(p:Project)
OPTIONAL MATCH (o:Organisation)-[r:PARTICIPATES_IN]->(p)
WITH f, p, fb, count(r) AS participations, collect(DISTINCT o) AS organisations
WITH f,
     count(p) AS projectCount,
     sum(participations) AS participationCount,
     reduce(acc = [], list IN collect(organisations) | acc + list) AS organisations,
     sum(CASE WHEN p.totalBudgetEur > $maxEur THEN $maxEur WHEN p.totalBudgetEur >= 0 THEN p.totalBudgetEur ELSE 0 END) AS totalBudgetEur,
     sum(CASE WHEN p.euContributionEur > $maxEur THEN $maxEur WHEN p.euContributionEur >= 0 THEN p.euContributionEur ELSE 0 END) AS euContributionEur,
     sum(CASE WHEN fb.amountEur > $maxEur THEN $maxEur WHEN fb.amountEur >= 0 THEN fb.amountEur ELSE 0 END) AS fundedAmountEur
UNWIND (CASE WHEN organisations = [] THEN [null] ELSE organisations END) AS o
WITH f, projectCount, participationCount, totalBudgetEur, euContributionEur, fundedAmountEur, count(DISTINCT o) AS organisationCount
RETURN f.id AS key, f.name AS label, projectCount, organisationCount, participationCount,
       toFloat(totalBudgetEur) AS totalBudgetEur, toFloat(euContributionEur) AS euContributionEur,
       toFloat(fundedAmountEur) AS fundedAmountEur
ORDER BY projectCount DESC, key
