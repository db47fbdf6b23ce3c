// The shortest chain organisation -> project -> organisation -> … between two
// organisations over partnership edges only. The search is bounded at 12
// edges (6 hops); longer than $maxHops hops counts as "no connection".
MATCH (a:Organisation {id: $fromId}), (b:Organisation {id: $toId})
MATCH path = shortestPath((a)-[:PARTICIPATES_IN*..12]-(b))
WHERE length(path) <= 2 * $maxHops
RETURN [n IN nodes(path) | n.id] AS nodeIds,
       [r IN relationships(path) | r.role] AS roles
