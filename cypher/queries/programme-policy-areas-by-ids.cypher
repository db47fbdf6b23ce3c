// A programme's policy areas.
UNWIND $keys AS key
MATCH (:Programme {id: key})<-[:PART_OF]-(n:PolicyArea)
WITH key, n
ORDER BY n.name
RETURN key, collect(DISTINCT n {.*}) AS value
