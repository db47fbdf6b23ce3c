// A page of the projects addressing each topic.
UNWIND $keys AS key
MATCH (:Topic {id: key})<-[:ADDRESSES]-(n:Project)
WITH key, n
ORDER BY n.startDate, n.name, n.id
WITH key, collect(n {.*}) AS rows
RETURN key, {totalCount: size(rows), items: rows[toInteger($offset)..toInteger($offset + $first)]} AS value
