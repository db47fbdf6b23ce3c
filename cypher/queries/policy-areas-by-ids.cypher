// Policy areas by id.
UNWIND $keys AS key
MATCH (n:PolicyArea {id: key})
RETURN key, n {.*} AS value
