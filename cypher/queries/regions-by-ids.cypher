// Regions by id.
UNWIND $keys AS key
MATCH (n:Region {id: key})
RETURN key, n {.*} AS value
