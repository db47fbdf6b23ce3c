// Whole-graph totals: how much of everything there is. The counts come from
// the count store; the budget sums read every project, so they are computed
// only when $withSums (null otherwise).
// Each amount counts within [0, $maxEur] (src/domain/money.ts), unknown as 0, so
// no stored value can make a sum overflow to Infinity or fail the read.
CALL () {
  UNWIND CASE WHEN $withSums THEN [true] ELSE [] END AS summing
  MATCH (p:Project)
  // Each property read once: in the CASE below, every mention of p.x is a
  // read of the store (twice the reads of the floor's statement).
  WITH p.totalBudgetEur AS budget, p.euContributionEur AS contribution
  RETURN sum(CASE WHEN budget > $maxEur THEN $maxEur WHEN budget >= 0 THEN budget ELSE 0 END) AS totalBudgetEur,
         sum(CASE WHEN contribution > $maxEur THEN $maxEur WHEN contribution >= 0 THEN contribution ELSE 0 END) AS euContributionEur
}
RETURN COUNT { (:Organisation) } AS organisationCount,
       COUNT { (:Project) } AS projectCount,
       COUNT { ()-[:PARTICIPATES_IN]->() } AS participationCount,
       COUNT { (:Country) } AS countryCount,
       COUNT { (:FundingSource) } AS fundingSourceCount,
       COUNT { (:Person) } AS personCount,
       COUNT { (:Source) } AS sourceCount,
       CASE WHEN $withSums THEN toFloat(totalBudgetEur) END AS totalBudgetEur,
       CASE WHEN $withSums THEN toFloat(euContributionEur) END AS euContributionEur
