// A page of the projects under each programme, directly or through one of its policy areas.
UNWIND $keys AS key
MATCH (pr:Programme {id: key})
CALL (pr) {
  MATCH (pr)<-[:UNDER]-(n:Project) RETURN n
  UNION
  MATCH (pr)<-[:PART_OF]-(:PolicyArea)<-[:UNDER]-(n:Project) RETURN n
}
WITH key, n
ORDER BY n.startDate, n.name, n.id
WITH key, collect(n {.*}) AS rows
RETURN key, {totalCount: size(rows), items: rows[toInteger($offset)..toInteger($offset + $first)]} AS value
