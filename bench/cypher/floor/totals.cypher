// Floor, totals shape: organisations, projects and partnership edges in the
// whole graph, and the sums of all project budgets.
CALL () {
  MATCH (p:Project)
  RETURN sum(coalesce(p.totalBudgetEur, 0)) AS totalBudgetEur,
         sum(coalesce(p.euContributionEur, 0)) AS euContributionEur
}
RETURN {
  organisations: {totalCount: COUNT { (:Organisation) }},
  projects: {totalCount: COUNT { (:Project) }},
  totals: {
    participationCount: COUNT { ()-[:PARTICIPATES_IN]->() },
    totalBudgetEur: toFloat(totalBudgetEur),
    euContributionEur: toFloat(euContributionEur)
  }
} AS data
