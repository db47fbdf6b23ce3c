// A page of the projects and flagships under each policy area.
UNWIND $keys AS key
MATCH (:PolicyArea {id: key})<-[:UNDER]-(n:Project)
WITH key, n
ORDER BY n.startDate, n.name, n.id
WITH key, collect(n {.*}) AS rows
RETURN key, {totalCount: size(rows), items: rows[toInteger($offset)..toInteger($offset + $first)]} AS value
