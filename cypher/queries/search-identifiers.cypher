// Organisations and funders holding an identifier with exactly this value
// (any scheme), for search: an identifier is found whole, not by its words.
MATCH (i:Identifier) WHERE i.value IN $values
MATCH (n)-[:HAS_IDENTIFIER]->(i)
RETURN DISTINCT n.id AS id, labels(n) AS labels, n.name AS name
ORDER BY id
LIMIT 20
