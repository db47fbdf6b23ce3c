// A filtered page of policy areas, by name, with the total before paging.
MATCH (n:PolicyArea)
WHERE ($search IS NULL OR n.searchKey CONTAINS $search)
  AND ($statuses IS NULL OR n.status IN $statuses)
  AND ($programmeIds IS NULL OR EXISTS { (n)-[:PART_OF]->(p:Programme) WHERE p.id IN $programmeIds })
WITH collect(n) AS matched
CALL (matched) {
  UNWIND matched AS n
  WITH n
  ORDER BY CASE WHEN $descending THEN toLower(n.name) END DESC,
           CASE WHEN NOT $descending THEN toLower(n.name) END ASC,
           n.id
  SKIP toInteger($offset) LIMIT toInteger($first)
  RETURN collect(n {.*}) AS items
}
// The ids the filter names that the graph does not have ($idChecks: one
// {argument, label, ids} per id list), returned as `unknownIds` with the answer.
CALL () {
  ...UnknownFilterIds
}
RETURN size(matched) AS totalCount, items, unknownIds
