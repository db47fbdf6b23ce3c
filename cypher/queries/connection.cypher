// The shortest chain organisation -> project -> organisation -> … between two
// organisations over partnership edges only. The search is bounded at 12
// edges (6 hops); longer than $maxHops hops counts as "no connection".
// Among equally short chains the answer is stable: strongest roles first
// (coordinator, lead partner, task leader, partner …), then by ids.
MATCH (a:Organisation {id: $fromId}), (b:Organisation {id: $toId})
MATCH path = allShortestPaths((a)-[:PARTICIPATES_IN*..12]-(b))
WHERE length(path) <= 2 * $maxHops
WITH [n IN nodes(path) | n.id] AS nodeIds,
     [r IN relationships(path) | r.role] AS roles
WITH nodeIds, roles,
     reduce(weight = 0, role IN roles |
       weight + CASE role
         WHEN 'coordinator' THEN 0 WHEN 'lead partner' THEN 1 WHEN 'task leader' THEN 2
         WHEN 'partner' THEN 3 ELSE 4 END) AS roleWeight
ORDER BY roleWeight, nodeIds, roles
LIMIT 1
RETURN nodeIds, roles
