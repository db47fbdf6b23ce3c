// Sources (documents and import files) by id.
UNWIND $keys AS key
MATCH (n:Source {id: key})
RETURN key, n {.*} AS value
