// A page of the organisations based in each country, by name.
UNWIND $keys AS key
MATCH (:Country {code: key})<-[:LOCATED_IN]-(n:Organisation)
WITH key, n
ORDER BY n.name, n.id
WITH key, collect(n {.*, countryCode: key}) AS rows
RETURN key, {totalCount: size(rows), items: rows[toInteger($offset)..toInteger($offset + $first)]} AS value
