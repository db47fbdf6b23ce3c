// Whole-graph totals: how much of everything there is.
CALL () {
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
       toFloat(totalBudgetEur) AS totalBudgetEur,
       toFloat(euContributionEur) AS euContributionEur
