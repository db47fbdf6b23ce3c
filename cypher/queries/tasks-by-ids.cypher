// Tasks by id.
UNWIND $keys AS key
MATCH (n:Task {id: key})
RETURN key, n {.*} AS value
