// The tasks an organisation leads.
UNWIND $keys AS key
MATCH (:Organisation {id: key})-[:LEADS]->(n:Task)
WITH key, n
ORDER BY n.id
RETURN key, collect(DISTINCT n {.*}) AS value
