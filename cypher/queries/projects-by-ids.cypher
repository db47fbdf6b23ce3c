// Projects by id.
UNWIND $keys AS key
MATCH (p:Project {id: key})
RETURN key, p {.*} AS value
