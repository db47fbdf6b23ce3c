// Topics by id.
UNWIND $keys AS key
MATCH (n:Topic {id: key})
RETURN key, n {.*} AS value
