// The organisation that provides a funding source's money.
UNWIND $keys AS key
MATCH (:FundingSource {id: key})-[:PROVIDED_BY]->(n:Organisation)
WITH key, n
ORDER BY n.name
RETURN key, collect(DISTINCT n {.*, countryCode: head([(n)-[:LOCATED_IN]->(c:Country) | c.code])}) AS value
