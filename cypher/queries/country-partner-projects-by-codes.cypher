// A page of the projects in which organisations of each country take part.
UNWIND $keys AS key
MATCH (:Country {code: key})<-[:LOCATED_IN]-(:Organisation)-[:PARTICIPATES_IN]->(n:Project)
WITH DISTINCT key, n
ORDER BY n.startDate, n.name, n.id
WITH key, collect(n {.*}) AS rows
RETURN key, {totalCount: size(rows), items: rows[toInteger($offset)..toInteger($offset + $first)]} AS value
