// Whole-graph totals: how much of everything there is. The counts come from
// the count store; the budget sums read every project, so they are computed
// only when $withSums (null otherwise).
// Each amount counts within [0, $maxEur] (src/domain/money.ts), unknown as 0, so
// no stored value can make a sum overflow to Infinity or fail the read.
CALL () {
  UNWIND CASE WHEN $withSums THEN [true] ELSE [] END AS summing
  MATCH (p:Project)
  RETURN sum(CASE WHEN p.totalBudgetEur > $maxEur THEN $maxEur WHEN p.totalBudgetEur >= 0 THEN p.totalBudgetEur ELSE 0 END) AS totalBudgetEur,
         sum(CASE WHEN p.euContributionEur > $maxEur THEN $maxEur WHEN p.euContributionEur >= 0 THEN p.euContributionEur ELSE 0 END) AS euContributionEur
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
