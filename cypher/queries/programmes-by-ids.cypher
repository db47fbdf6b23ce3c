// Programmes (strategies, initiatives, frameworks) by id.
UNWIND $keys AS key
MATCH (n:Programme {id: key})
RETURN key, n {.*} AS value
