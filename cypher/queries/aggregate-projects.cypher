// Counts and money of the projects `projects(filter:)` lists (the same
// filter, parameter for parameter), grouped by $by: the countries of their
// partners (COUNTRY), their funders, directly or through a policy area they are
// under (FUNDING_SOURCE), their policy areas (POLICY_AREA), the roles on their
// partnership edges (ROLE) or their start year (START_YEAR). A project in no
// group of the dimension falls in the group with a null key.
//
// Money is attributed, not repeated: each project's budget and EU contribution
// are split equally among the groups it falls in, so the groups' shares add up
// to the filtered projects' total (`totals` when nothing is filtered).
// `projectsBudgetEur` keeps the whole budgets of a group's projects, where a
// project in several groups counts in each. For COUNTRY and ROLE, the
// organisations and edges of a group are those based there / holding that
// role; otherwise all partners of its projects.
// Each amount counts within [0, $maxEur] (src/domain/money.ts), unknown as 0, so
// no stored value can make a sum overflow to Infinity or fail the read.
// The ids the filter names that the graph does not have ($idChecks: one
// {argument, label, ids} per id list), returned as `unknownIds` with the buckets.
CALL () {
  ...UnknownFilterIds
}
CALL () {
  MATCH (p:Project)
  WHERE ($search IS NULL OR p.searchKey CONTAINS $search OR p.code = $code)
    AND ($kinds IS NULL OR p.kind IN $kinds)
    AND ($statuses IS NULL OR p.status IN $statuses)
    AND ($isFlagship IS NULL OR p.isFlagship = $isFlagship)
    AND ($countryCodes IS NULL
         OR EXISTS { (p)<-[:PARTICIPATES_IN]-(:Organisation)-[:LOCATED_IN]->(c:Country) WHERE c.code IN $countryCodes }
         OR EXISTS { (p)-[:IMPLEMENTED_IN]->(c:Country) WHERE c.code IN $countryCodes })
    AND ($organisationIds IS NULL OR EXISTS {
          (p)<-[r:PARTICIPATES_IN]-(o:Organisation) WHERE o.id IN $organisationIds AND ($roles IS NULL OR r.role IN $roles) })
    AND ($roles IS NULL OR EXISTS { (p)<-[r:PARTICIPATES_IN]-() WHERE r.role IN $roles })
    AND ($fundingSourceIds IS NULL OR EXISTS { (p)-[:FUNDED_BY]->(f:FundingSource) WHERE f.id IN $fundingSourceIds })
    AND ($policyAreaIds IS NULL OR EXISTS { (p)-[:UNDER]->(pa:PolicyArea) WHERE pa.id IN $policyAreaIds })
    AND ($programmeIds IS NULL
         OR EXISTS { (p)-[:UNDER]->(pr:Programme) WHERE pr.id IN $programmeIds }
         OR EXISTS { (p)-[:UNDER]->(:PolicyArea)-[:PART_OF]->(pr:Programme) WHERE pr.id IN $programmeIds })
    AND ($topicIds IS NULL OR EXISTS { (p)-[:ADDRESSES]->(t:Topic) WHERE t.id IN $topicIds })
    AND ($activeFrom IS NULL OR coalesce(p.endYear, p.startYear) >= $activeFrom
         OR ($includeUndated AND p.startYear IS NULL))
    AND ($activeTo IS NULL OR p.startYear <= $activeTo OR ($includeUndated AND p.startYear IS NULL))
  WITH p, CASE $by
    WHEN 'COUNTRY' THEN COLLECT {
      MATCH (p)<-[:PARTICIPATES_IN]-(:Organisation)-[:LOCATED_IN]->(c:Country) RETURN DISTINCT c.code AS key }
    WHEN 'FUNDING_SOURCE' THEN COLLECT {
      MATCH (p)-[:FUNDED_BY]->(f:FundingSource) RETURN f.id AS key
      UNION
      MATCH (p)-[:UNDER]->(:PolicyArea)-[:FUNDED_BY]->(f:FundingSource) RETURN f.id AS key }
    WHEN 'POLICY_AREA' THEN COLLECT { MATCH (p)-[:UNDER]->(pa:PolicyArea) RETURN DISTINCT pa.id AS key }
    WHEN 'ROLE' THEN COLLECT { MATCH (p)<-[r:PARTICIPATES_IN]-(:Organisation) RETURN DISTINCT r.role AS key }
    ELSE [year IN [p.startYear] WHERE year IS NOT NULL | toString(toInteger(year))]
  END AS keys
  WITH p, keys,
       CASE WHEN p.totalBudgetEur > $maxEur THEN $maxEur WHEN p.totalBudgetEur >= 0 THEN p.totalBudgetEur ELSE 0 END AS budget,
       CASE WHEN p.euContributionEur > $maxEur THEN $maxEur WHEN p.euContributionEur >= 0 THEN p.euContributionEur ELSE 0 END AS contribution
  WITH p, budget, contribution, CASE WHEN keys = [] THEN [null] ELSE keys END AS groups
  UNWIND groups AS key
  CALL (p, key) {
    OPTIONAL MATCH (o:Organisation)-[r:PARTICIPATES_IN]->(p)
    WHERE CASE $by
            WHEN 'COUNTRY' THEN
              CASE WHEN key IS NULL THEN NOT EXISTS { (o)-[:LOCATED_IN]->(:Country) }
                   ELSE EXISTS { (o)-[:LOCATED_IN]->(:Country {code: key}) } END
            WHEN 'ROLE' THEN r.role = key
            ELSE true
          END
    RETURN collect(DISTINCT o) AS organisations, count(r) AS participations
  }
  WITH key, p, organisations, participations,
       toFloat(budget) / size(groups) AS budgetShare,
       toFloat(contribution) / size(groups) AS contributionShare, budget,
       CASE WHEN $by = 'FUNDING_SOURCE' AND key IS NOT NULL
            THEN coalesce(head(COLLECT {
              MATCH (p)-[fb:FUNDED_BY]->(:FundingSource {id: key})
              RETURN CASE WHEN fb.amountEur > $maxEur THEN $maxEur WHEN fb.amountEur >= 0 THEN fb.amountEur ELSE 0 END AS amount }), 0)
       END AS funded
  WITH key,
       count(p) AS projectCount,
       sum(participations) AS participationCount,
       sum(budgetShare) AS totalBudgetEur,
       sum(contributionShare) AS euContributionEur,
       sum(budget) AS projectsBudgetEur,
       sum(funded) AS fundedAmountEur,
       reduce(acc = [], list IN collect(organisations) | acc + list) AS organisations
  UNWIND (CASE WHEN organisations = [] THEN [null] ELSE organisations END) AS o
  WITH key, projectCount, participationCount, totalBudgetEur, euContributionEur, projectsBudgetEur,
       fundedAmountEur, count(DISTINCT o) AS organisationCount
  RETURN collect({
    key: key,
    label: CASE $by
      WHEN 'COUNTRY' THEN head(COLLECT { MATCH (c:Country {code: key}) RETURN c.name })
      WHEN 'FUNDING_SOURCE' THEN head(COLLECT { MATCH (f:FundingSource {id: key}) RETURN f.name })
      WHEN 'POLICY_AREA' THEN head(COLLECT { MATCH (pa:PolicyArea {id: key}) RETURN pa.name })
      ELSE key
    END,
    projectCount: projectCount, organisationCount: organisationCount,
    participationCount: participationCount,
    totalBudgetEur: toFloat(totalBudgetEur), euContributionEur: toFloat(euContributionEur),
    projectsBudgetEur: toFloat(projectsBudgetEur),
    fundedAmountEur: CASE WHEN $by = 'FUNDING_SOURCE' THEN toFloat(coalesce(fundedAmountEur, 0)) END
  }) AS buckets
}
RETURN buckets, unknownIds
