// The former policy areas a policy area took over from.
UNWIND $keys AS key
MATCH (:PolicyArea {id: key})<-[:SUCCEEDED_BY]-(n:PolicyArea)
WITH key, n
ORDER BY n.name
RETURN key, collect(DISTINCT n {.*}) AS value
