// Whole-graph totals: how much of everything there is. The counts come from
// the count store; the budget sums read every project, so they are computed
// only when $withSums, and not again while the write epoch is still $known
// (the epoch of sums this process already holds: every write transaction
// moves it on, see analytics/advance-write-epoch). The epoch is read before
// the projects: a write committed after it can only make the sums newer
// than their epoch, never older. The sums are null when not computed.
// Each amount counts within [0, $maxEur] (src/domain/money.ts), unknown as 0, so
// no stored value can make a sum overflow to Infinity or fail the read.
OPTIONAL MATCH (e:WriteEpoch {key: 'graph'})
WITH e.generation AS generation, coalesce(e.value, 0) AS value
WITH generation, value,
     $withSums AND NOT coalesce(generation = $known.generation AND value = $known.value, false) AS summing
CALL (summing) {
  UNWIND CASE WHEN summing THEN [true] ELSE [] END AS summed
  MATCH (p:Project)
  // Each property read once: in the CASE below, every mention of p.x is a
  // read of the store (twice the reads of the floor's statement).
  WITH p.totalBudgetEur AS budget, p.euContributionEur AS contribution
  RETURN sum(CASE WHEN budget > $maxEur THEN $maxEur WHEN budget >= 0 THEN budget ELSE 0 END) AS totalBudgetEur,
         sum(CASE WHEN contribution > $maxEur THEN $maxEur WHEN contribution >= 0 THEN contribution ELSE 0 END) AS euContributionEur
}
RETURN generation, value,
       COUNT { (:Organisation) } AS organisationCount,
       COUNT { (:Project) } AS projectCount,
       COUNT { ()-[:PARTICIPATES_IN]->() } AS participationCount,
       COUNT { (:Country) } AS countryCount,
       COUNT { (:FundingSource) } AS fundingSourceCount,
       COUNT { (:Person) } AS personCount,
       COUNT { (:Source) } AS sourceCount,
       CASE WHEN summing THEN toFloat(totalBudgetEur) END AS totalBudgetEur,
       CASE WHEN summing THEN toFloat(euContributionEur) END AS euContributionEur
