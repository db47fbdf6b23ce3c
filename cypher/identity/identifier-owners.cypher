// Who holds each of the given identifier keys (organisations and funders).
UNWIND $keys AS key
MATCH (n)-[:HAS_IDENTIFIER {key: key}]->(:Identifier)
RETURN key, CASE WHEN n:Organisation THEN 'Organisation' ELSE 'FundingSource' END AS label, n.id AS id
