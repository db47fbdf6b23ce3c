// A filtered, sorted page of organisations, with the total before paging.
// Every filter is optional (null = no filter); `$search` is already folded
// (lower case, no accents) and matched against names, acronyms and aliases.
// Only what the request asks for is computed: the total when $withTotal
// (from the count store when nothing is filtered), the page when $withItems
// (the top `$offset + $first` of a sort, without collecting every match).
WITH $search IS NULL AND $kinds IS NULL AND $countryCodes IS NULL AND $projectIds IS NULL
     AND $roles IS NULL AND $fundingSourceIds IS NULL AND $policyAreaIds IS NULL AS unfiltered
CALL (unfiltered) {
  UNWIND CASE WHEN $withTotal AND NOT unfiltered THEN [true] ELSE [] END AS counting
  MATCH (n:Organisation)
  // filter: begin (identical in every copy; tests/unit/list-filters.test.ts)
  WHERE ($search IS NULL OR n.searchKey CONTAINS $search)
    AND ($kinds IS NULL OR n.kind IN $kinds)
    AND ($countryCodes IS NULL OR EXISTS { (n)-[:LOCATED_IN]->(c:Country) WHERE c.code IN $countryCodes })
    AND ($projectIds IS NULL OR EXISTS {
          (n)-[r:PARTICIPATES_IN]->(p:Project) WHERE p.id IN $projectIds AND ($roles IS NULL OR r.role IN $roles) })
    AND ($roles IS NULL OR EXISTS { (n)-[r:PARTICIPATES_IN]->() WHERE r.role IN $roles })
    AND ($fundingSourceIds IS NULL OR EXISTS {
          (n)-[:PARTICIPATES_IN]->(:Project)-[:FUNDED_BY]->(f:FundingSource) WHERE f.id IN $fundingSourceIds })
    AND ($policyAreaIds IS NULL OR EXISTS {
          (n)-[:PARTICIPATES_IN]->(:Project)-[:UNDER]->(pa:PolicyArea) WHERE pa.id IN $policyAreaIds })
  // filter: end
  RETURN count(n) AS filteredCount
}
CALL (unfiltered) {
  // Nothing filtered, sorted by name: read in the order of the sort-name
  // index, so a page costs its own rows rather than a sort of every
  // organisation. Exactly one of the three branches returns a page.
  UNWIND CASE WHEN $withItems AND toInteger($first) > 0 AND unfiltered AND $sort = 'NAME'
                    AND NOT $descending THEN [true] ELSE [] END AS paging
  // (A subquery of its own, so the planner keeps the index order.)
  CALL (paging) {
    MATCH (n:Organisation)
    WHERE n.sortName >= ''
    WITH n ORDER BY n.sortName, n.id
    SKIP toInteger($offset) LIMIT toInteger($first)
    RETURN collect(n {...Organisation,
                    countryNode: head([(n)-[:LOCATED_IN]->(c:Country) | c {.*}])}) AS page
  }
  RETURN page
  UNION ALL
  UNWIND CASE WHEN $withItems AND toInteger($first) > 0 AND unfiltered AND $sort = 'NAME'
                    AND $descending THEN [true] ELSE [] END AS paging
  // (A subquery of its own, so the planner keeps the index order.)
  CALL (paging) {
    MATCH (n:Organisation)
    WHERE n.sortName >= ''
    WITH n ORDER BY n.sortName DESC, n.id
    SKIP toInteger($offset) LIMIT toInteger($first)
    RETURN collect(n {...Organisation,
                    countryNode: head([(n)-[:LOCATED_IN]->(c:Country) | c {.*}])}) AS page
  }
  RETURN page
  UNION ALL
  WITH unfiltered
  WHERE NOT (unfiltered AND $sort = 'NAME')
  // The candidates: every organisation when nothing is filtered (no
  // predicate to test on each of them), else those matching the filters.
  CALL (unfiltered) {
    UNWIND CASE WHEN $withItems AND toInteger($first) > 0 AND unfiltered THEN [true] ELSE [] END AS paging
    MATCH (n:Organisation)
    RETURN n
    UNION ALL
    UNWIND CASE WHEN $withItems AND toInteger($first) > 0 AND NOT unfiltered THEN [true] ELSE [] END AS paging
    MATCH (n:Organisation)
    // filter: begin (identical in every copy; tests/unit/list-filters.test.ts)
    WHERE ($search IS NULL OR n.searchKey CONTAINS $search)
      AND ($kinds IS NULL OR n.kind IN $kinds)
      AND ($countryCodes IS NULL OR EXISTS { (n)-[:LOCATED_IN]->(c:Country) WHERE c.code IN $countryCodes })
      AND ($projectIds IS NULL OR EXISTS {
            (n)-[r:PARTICIPATES_IN]->(p:Project) WHERE p.id IN $projectIds AND ($roles IS NULL OR r.role IN $roles) })
      AND ($roles IS NULL OR EXISTS { (n)-[r:PARTICIPATES_IN]->() WHERE r.role IN $roles })
      AND ($fundingSourceIds IS NULL OR EXISTS {
            (n)-[:PARTICIPATES_IN]->(:Project)-[:FUNDED_BY]->(f:FundingSource) WHERE f.id IN $fundingSourceIds })
      AND ($policyAreaIds IS NULL OR EXISTS {
            (n)-[:PARTICIPATES_IN]->(:Project)-[:UNDER]->(pa:PolicyArea) WHERE pa.id IN $policyAreaIds })
    // filter: end
    RETURN n
  }
  WITH n,
       CASE $sort
         WHEN 'PROJECT_COUNT' THEN COUNT { (n)-[:PARTICIPATES_IN]->(:Project) }
         ELSE toLower(n.name)
       END AS sortKey
  // Sort keys are never null here; one of the first two keys is null on every row.
  ORDER BY CASE WHEN $descending THEN null ELSE sortKey END,
           CASE WHEN $descending THEN sortKey END DESC,
           n.id
  SKIP toInteger($offset) LIMIT toInteger($first)
  RETURN collect(n {...Organisation,
                    countryNode: head([(n)-[:LOCATED_IN]->(c:Country) | c {.*}])}) AS page
}
WITH unfiltered, filteredCount, reduce(items = [], page IN collect(page) | items + page) AS items
// The ids the filter names that the graph does not have ($idChecks: one
// {argument, label, ids} per id list), returned as `unknownIds` with the answer.
CALL () {
  ...UnknownFilterIds
}
RETURN CASE WHEN NOT $withTotal THEN null
            WHEN unfiltered THEN COUNT { (:Organisation) }
            ELSE filteredCount END AS totalCount,
       items, unknownIds
