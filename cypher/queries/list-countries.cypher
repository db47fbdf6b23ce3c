// A filtered, sorted page of countries, with the total before paging.
MATCH (n:Country)
WHERE ($search IS NULL OR toLower(n.name) CONTAINS $search OR toLower(n.code) = $search)
  AND ($withOrganisations IS NULL OR $withOrganisations = EXISTS { (n)<-[:LOCATED_IN]-(:Organisation) })
WITH collect(n) AS matched
CALL (matched) {
  UNWIND matched AS n
  WITH n,
       CASE $sort
         WHEN 'ORGANISATION_COUNT' THEN COUNT { (n)<-[:LOCATED_IN]-(:Organisation) }
         WHEN 'CODE' THEN n.code
         ELSE toLower(n.name)
       END AS sortKey
  ORDER BY CASE WHEN $descending THEN sortKey END DESC,
           CASE WHEN NOT $descending THEN sortKey END ASC,
           n.code
  SKIP toInteger($offset) LIMIT toInteger($first)
  RETURN collect(n {.*}) AS items
}
RETURN size(matched) AS totalCount, items
