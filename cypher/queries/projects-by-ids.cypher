// Projects by id (the properties the API exposes).
UNWIND $keys AS key
MATCH (p:Project {id: key})
RETURN key, p {...Project} AS value
