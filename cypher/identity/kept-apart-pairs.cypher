// Pairs of organisations kept apart on purpose (a rejected candidate or a
// curated kept-apart decision): matching never proposes them again.
MATCH (r:Resolution {decision: 'kept-apart'})-[:ABOUT]->(a:Organisation)
MATCH (r)-[:ABOUT]->(b:Organisation)
WHERE a.id < b.id
RETURN DISTINCT a.id AS a, b.id AS b
