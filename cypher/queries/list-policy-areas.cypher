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
  UNWIND $idChecks AS check
  UNWIND check.ids AS id
  WITH check, id
  WHERE NOT CASE check.label
    WHEN 'Organisation' THEN EXISTS { (:Organisation {id: id}) }
    WHEN 'Project' THEN EXISTS { (:Project {id: id}) }
    WHEN 'FundingSource' THEN EXISTS { (:FundingSource {id: id}) }
    WHEN 'PolicyArea' THEN EXISTS { (:PolicyArea {id: id}) }
    WHEN 'Programme' THEN EXISTS { (:Programme {id: id}) }
    WHEN 'Topic' THEN EXISTS { (:Topic {id: id}) }
    ELSE false
  END
  RETURN collect({argument: check.argument, label: check.label, id: id}) AS unknownIds
}
RETURN size(matched) AS totalCount, items, unknownIds
