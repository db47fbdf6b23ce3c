// Documents by id.
UNWIND $keys AS key
MATCH (n:Document {id: key})
RETURN key, n {.*} AS value
