// A filtered, sorted page of funding sources, with the total before paging.
MATCH (n:FundingSource)
WHERE ($search IS NULL OR n.searchKey CONTAINS $search)
  AND ($kinds IS NULL OR n.kind IN $kinds)
WITH collect(n) AS matched
CALL (matched) {
  UNWIND matched AS n
  WITH n,
       CASE $sort
         WHEN 'PROJECT_COUNT' THEN COUNT { (n)<-[:FUNDED_BY]-(:Project) }
         ELSE toLower(n.name)
       END AS sortKey
  ORDER BY CASE WHEN $descending THEN sortKey END DESC,
           CASE WHEN NOT $descending THEN sortKey END ASC,
           n.id
  SKIP toInteger($offset) LIMIT toInteger($first)
  RETURN collect(n {.*}) AS items
}
RETURN size(matched) AS totalCount, items
