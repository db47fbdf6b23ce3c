// Nodes by label and key (id, or a country's code) with their properties:
// what a global id names, read straight from the graph, for tests. A full
// scan is fine on the seed.
UNWIND $pairs AS pair
OPTIONAL MATCH (n)
WHERE pair.label IN labels(n) AND (n.id = pair.key OR n.code = pair.key)
RETURN pair.label AS label, pair.key AS key, properties(n) AS properties
