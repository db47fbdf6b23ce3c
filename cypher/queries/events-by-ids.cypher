// Events by id.
UNWIND $keys AS key
MATCH (n:Event {id: key})
RETURN key, n {.*} AS value
