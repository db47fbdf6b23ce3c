// Whole-graph totals: how much of everything there is. The counts come from
// the count store; the budget sums read every project, so they are computed
// only when $withSums (null otherwise).
CALL () {
  UNWIND CASE WHEN $withSums THEN [true] ELSE [] END AS summing
  MATCH (p:Project)
  RETURN sum(coalesce(p.totalBudgetEur, 0)) AS totalBudgetEur,
         sum(coalesce(p.euContributionEur, 0)) AS euContributionEur
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
