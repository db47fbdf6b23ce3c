// The external identifiers of each funder, by scheme and value.
UNWIND $keys AS key
MATCH (n:FundingSource {id: key})-[:HAS_IDENTIFIER]->(i:Identifier)
WITH key, i ORDER BY i.scheme, i.value
RETURN key, collect(i {.scheme, .value, .programme}) AS value
