// The documents a project produced.
UNWIND $keys AS key
MATCH (:Project {id: key})<-[:OUTPUT_OF]-(n:Document)
WITH key, n
ORDER BY n.publishedOn, n.title
RETURN key, collect(DISTINCT n {.*}) AS value
