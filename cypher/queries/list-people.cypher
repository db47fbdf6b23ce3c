// A filtered page of people (contacts), by name, with the total before paging.
MATCH (n:Person)
OPTIONAL MATCH (n)-[w:WORKS_FOR]->(o:Organisation)
WITH n, head(collect({title: w.title, organisationId: o.id})) AS post
WHERE ($search IS NULL OR n.searchKey CONTAINS $search)
  AND ($organisationIds IS NULL OR post.organisationId IN $organisationIds)
WITH collect(n {.*, title: post.title, organisationId: post.organisationId}) AS matched
CALL (matched) {
  UNWIND matched AS n
  WITH n
  ORDER BY CASE WHEN $descending THEN toLower(n.name) END DESC,
           CASE WHEN NOT $descending THEN toLower(n.name) END ASC,
           n.id
  SKIP toInteger($offset) LIMIT toInteger($first)
  RETURN collect(n) AS items
}
// The ids the filter names that the graph does not have ($idChecks: one
// {argument, label, ids} per id list), returned as `unknownIds` with the answer.
CALL () {
  ...UnknownFilterIds
}
RETURN size(matched) AS totalCount, items, unknownIds
