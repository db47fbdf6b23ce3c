// Floor, connection shape: the shortest chain organisation -> project ->
// organisation … between $from and $to within $maxHops hops, the same chain
// the API picks among equally short ones (strongest roles, then ids).
OPTIONAL CALL () {
  MATCH (a:Organisation {id: $from}), (b:Organisation {id: $to})
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
  RETURN chain, roles
}
RETURN {connection: CASE WHEN chain IS NULL THEN null ELSE {
  hops: size(chain) / 2,
  steps: [hop IN range(0, size(chain) / 2 - 1) | {
    from: {id: chain[2 * hop].id, name: chain[2 * hop].name},
    fromRole: toUpper(replace(roles[2 * hop], ' ', '_')),
    project: {id: chain[2 * hop + 1].id, name: chain[2 * hop + 1].name},
    toRole: toUpper(replace(roles[2 * hop + 1], ' ', '_')),
    to: {id: chain[2 * hop + 2].id, name: chain[2 * hop + 2].name}
  }]
} END} AS data
