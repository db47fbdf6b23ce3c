// The instruments that belong to a funding programme.
UNWIND $keys AS key
MATCH (:FundingSource {id: key})<-[:PART_OF]-(n:FundingSource)
WITH key, n
ORDER BY n.name
RETURN key, collect(DISTINCT n {.*}) AS value
