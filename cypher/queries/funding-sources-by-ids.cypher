// Funding sources by id.
UNWIND $keys AS key
MATCH (n:FundingSource {id: key})
RETURN key, n {.*} AS value
