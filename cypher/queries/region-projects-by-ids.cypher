// A page of the projects implemented in each region.
UNWIND $keys AS key
MATCH (:Region {id: key})<-[:IMPLEMENTED_IN]-(n:Project)
WITH key, n
ORDER BY n.startDate, n.name, n.id
WITH key, collect(n {.*}) AS rows
RETURN key, {totalCount: size(rows), items: rows[toInteger($offset)..toInteger($offset + $first)]} AS value
