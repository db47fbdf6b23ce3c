// The documents that report on a task.
UNWIND $keys AS key
MATCH (:Task {id: key})<-[:REPORTS_ON]-(n:Document)
WITH key, n
ORDER BY n.title
RETURN key, collect(DISTINCT n {.*}) AS value
