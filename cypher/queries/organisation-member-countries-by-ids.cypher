// The member countries of a body.
UNWIND $keys AS key
MATCH (:Organisation {id: key})<-[:MEMBER_OF]-(n:Country)
WITH key, n
ORDER BY n.name
RETURN key, collect(DISTINCT n {.*}) AS value
