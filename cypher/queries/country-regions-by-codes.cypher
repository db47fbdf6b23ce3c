// The regions a country belongs to.
UNWIND $keys AS key
MATCH (:Country {code: key})<-[:INCLUDES]-(n:Region)
WITH key, n
ORDER BY n.name
RETURN key, collect(DISTINCT n {.*}) AS value
