// A filtered, sorted page of projects, with the total before paging. Every
// filter is optional (null = no filter). A country matches a project that a
// partner from it takes part in or that is implemented in it; the period
// matches projects active at some time between $activeFrom and $activeTo (years):
// a project without an end year counts as active in its start year, and one
// without a start year (undated) only when $includeUndated.
// Only what the request asks for is computed: the total when $withTotal
// (from the count store when nothing is filtered), the page when $withItems
// (the top `$offset + $first` of a sort, without collecting every match).
WITH $search IS NULL AND $kinds IS NULL AND $statuses IS NULL AND $isFlagship IS NULL
     AND $countryCodes IS NULL AND $organisationIds IS NULL AND $roles IS NULL
     AND $fundingSourceIds IS NULL AND $policyAreaIds IS NULL AND $programmeIds IS NULL
     AND $topicIds IS NULL AND $activeFrom IS NULL AND $activeTo IS NULL AS unfiltered
CALL (unfiltered) {
  UNWIND CASE WHEN $withTotal AND NOT unfiltered THEN [true] ELSE [] END AS counting
  MATCH (n:Project)
  // filter: begin (identical in every copy; tests/unit/list-filters.test.ts)
  WHERE ($search IS NULL OR n.searchKey CONTAINS $search OR n.code = $code)
    AND ($kinds IS NULL OR n.kind IN $kinds)
    AND ($statuses IS NULL OR n.status IN $statuses)
    AND ($isFlagship IS NULL OR n.isFlagship = $isFlagship)
    AND ($countryCodes IS NULL
         OR EXISTS { (n)<-[:PARTICIPATES_IN]-(:Organisation)-[:LOCATED_IN]->(c:Country) WHERE c.code IN $countryCodes }
         OR EXISTS { (n)-[:IMPLEMENTED_IN]->(c:Country) WHERE c.code IN $countryCodes })
    AND ($organisationIds IS NULL OR EXISTS {
          (n)<-[r:PARTICIPATES_IN]-(o:Organisation) WHERE o.id IN $organisationIds AND ($roles IS NULL OR r.role IN $roles) })
    AND ($roles IS NULL OR EXISTS { (n)<-[r:PARTICIPATES_IN]-() WHERE r.role IN $roles })
    AND ($fundingSourceIds IS NULL OR EXISTS { (n)-[:FUNDED_BY]->(f:FundingSource) WHERE f.id IN $fundingSourceIds })
    AND ($policyAreaIds IS NULL OR EXISTS { (n)-[:UNDER]->(pa:PolicyArea) WHERE pa.id IN $policyAreaIds })
    AND ($programmeIds IS NULL
         OR EXISTS { (n)-[:UNDER]->(pr:Programme) WHERE pr.id IN $programmeIds }
         OR EXISTS { (n)-[:UNDER]->(:PolicyArea)-[:PART_OF]->(pr:Programme) WHERE pr.id IN $programmeIds })
    AND ($topicIds IS NULL OR EXISTS { (n)-[:ADDRESSES]->(t:Topic) WHERE t.id IN $topicIds })
    AND ($activeFrom IS NULL OR coalesce(n.endYear, n.startYear) >= $activeFrom
         OR ($includeUndated AND n.startYear IS NULL))
    AND ($activeTo IS NULL OR n.startYear <= $activeTo OR ($includeUndated AND n.startYear IS NULL))
  // filter: end
  RETURN count(n) AS filteredCount
}
CALL (unfiltered) {
  UNWIND CASE WHEN $withItems AND toInteger($first) > 0 THEN [true] ELSE [] END AS paging
  MATCH (n:Project)
  // filter: begin (identical in every copy; tests/unit/list-filters.test.ts)
  WHERE ($search IS NULL OR n.searchKey CONTAINS $search OR n.code = $code)
    AND ($kinds IS NULL OR n.kind IN $kinds)
    AND ($statuses IS NULL OR n.status IN $statuses)
    AND ($isFlagship IS NULL OR n.isFlagship = $isFlagship)
    AND ($countryCodes IS NULL
         OR EXISTS { (n)<-[:PARTICIPATES_IN]-(:Organisation)-[:LOCATED_IN]->(c:Country) WHERE c.code IN $countryCodes }
         OR EXISTS { (n)-[:IMPLEMENTED_IN]->(c:Country) WHERE c.code IN $countryCodes })
    AND ($organisationIds IS NULL OR EXISTS {
          (n)<-[r:PARTICIPATES_IN]-(o:Organisation) WHERE o.id IN $organisationIds AND ($roles IS NULL OR r.role IN $roles) })
    AND ($roles IS NULL OR EXISTS { (n)<-[r:PARTICIPATES_IN]-() WHERE r.role IN $roles })
    AND ($fundingSourceIds IS NULL OR EXISTS { (n)-[:FUNDED_BY]->(f:FundingSource) WHERE f.id IN $fundingSourceIds })
    AND ($policyAreaIds IS NULL OR EXISTS { (n)-[:UNDER]->(pa:PolicyArea) WHERE pa.id IN $policyAreaIds })
    AND ($programmeIds IS NULL
         OR EXISTS { (n)-[:UNDER]->(pr:Programme) WHERE pr.id IN $programmeIds }
         OR EXISTS { (n)-[:UNDER]->(:PolicyArea)-[:PART_OF]->(pr:Programme) WHERE pr.id IN $programmeIds })
    AND ($topicIds IS NULL OR EXISTS { (n)-[:ADDRESSES]->(t:Topic) WHERE t.id IN $topicIds })
    AND ($activeFrom IS NULL OR coalesce(n.endYear, n.startYear) >= $activeFrom
         OR ($includeUndated AND n.startYear IS NULL))
    AND ($activeTo IS NULL OR n.startYear <= $activeTo OR ($includeUndated AND n.startYear IS NULL))
  // filter: end
  WITH n,
       CASE $sort
         WHEN 'START_DATE' THEN n.startDate
         WHEN 'END_DATE' THEN n.endDate
         WHEN 'TOTAL_BUDGET' THEN n.totalBudgetEur
         WHEN 'EU_CONTRIBUTION' THEN n.euContributionEur
         WHEN 'PARTNER_COUNT' THEN COUNT { (n)<-[:PARTICIPATES_IN]-(:Organisation) }
         ELSE toLower(n.name)
       END AS sortKey
  ORDER BY sortKey IS NULL,
           CASE WHEN $descending THEN sortKey END DESC,
           CASE WHEN NOT $descending THEN sortKey END ASC,
           n.id
  SKIP toInteger($offset) LIMIT toInteger($first)
  RETURN collect(n {...Project}) AS items
}
// The ids the filter names that the graph does not have ($idChecks: one
// {argument, label, ids} per id list), returned as `unknownIds` with the answer.
CALL () {
  ...UnknownFilterIds
}
RETURN CASE WHEN NOT $withTotal THEN null
            WHEN unfiltered THEN COUNT { (:Project) }
            ELSE filteredCount END AS totalCount,
       items, unknownIds
