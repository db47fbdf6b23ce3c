// @cypher of Query.connection: the shortest chain between $fromId and $toId
// within $maxHops hops (the one the API picks), as a map of scalars.
MATCH (a:Organisation {id: $fromId}), (b:Organisation {id: $toId})
MATCH path = allShortestPaths((a)-[:PARTICIPATES_IN*..12]-(b))
WHERE length(path) <= 2 * $maxHops
WITH nodes(path) AS chain, [r IN relationships(path) | r.role] AS roles
WITH chain, roles, [n IN chain | n.id] AS nodeIds,
     reduce(weight = 0, role IN roles |
       weight + CASE role
         WHEN 'coordinator' THEN 0 WHEN 'lead partner' THEN 1 WHEN 'task leader' THEN 2
         WHEN 'partner' THEN 3 ELSE 4 END) AS roleWeight
ORDER BY roleWeight, nodeIds, roles
LIMIT 1
RETURN {
  hops: size(chain) / 2,
  steps: [hop IN range(0, size(chain) / 2 - 1) | {
    fromId: chain[2 * hop].id, fromName: chain[2 * hop].name, fromRole: roles[2 * hop],
    projectId: chain[2 * hop + 1].id, projectName: chain[2 * hop + 1].name,
    toRole: roles[2 * hop + 1], toId: chain[2 * hop + 2].id, toName: chain[2 * hop + 2].name
  }]
} AS result
