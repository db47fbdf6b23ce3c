// A filtered, sorted page of organisations, with the total before paging.
// Every filter is optional (null = no filter); `$search` is already folded
// (lower case, no accents) and matched against names, acronyms and aliases.
MATCH (n:Organisation)
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
WITH collect(n) AS matched
CALL (matched) {
  UNWIND matched AS n
  WITH n,
       CASE $sort
         WHEN 'PROJECT_COUNT' THEN COUNT { (n)-[:PARTICIPATES_IN]->(:Project) }
         ELSE toLower(n.name)
       END AS sortKey
  ORDER BY sortKey IS NULL,
           CASE WHEN $descending THEN sortKey END DESC,
           CASE WHEN NOT $descending THEN sortKey END ASC,
           n.id
  SKIP toInteger($offset) LIMIT toInteger($first)
  RETURN collect(n {.*, countryCode: head([(n)-[:LOCATED_IN]->(c:Country) | c.code])}) AS items
}
RETURN size(matched) AS totalCount, items
