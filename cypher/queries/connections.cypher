// All shortest chains organisation -> project -> organisation -> … between two
// organisations over partnership edges, at most $first of them, as
// `connection` finds one (see connection.cypher): bounded at 12 edges (6
// hops), none when longer than $maxHops hops, strongest roles first, then by
// ids. One row: the ids the graph does not have, and the chains (empty when
// not connected or an id is unknown).
OPTIONAL MATCH (a:Organisation {id: $fromId})
OPTIONAL MATCH (b:Organisation {id: $toId})
CALL (a, b) {
  CALL (a, b) {
  MATCH probe = shortestPath((a)-[:PARTICIPATES_IN*..12]-(b))
  WITH a, b, length(probe) AS distance
  WHERE distance <= 2 * $maxHops
  MATCH path = allShortestPaths((a)-[:PARTICIPATES_IN*..12]-(b))
  WITH nodes(path) AS chain, [r IN relationships(path) | r.role] AS roles
  WITH chain, roles, [n IN chain | n.id] AS nodeIds,
       reduce(weight = 0, role IN roles |
         weight + CASE role
           WHEN 'coordinator' THEN 0 WHEN 'lead partner' THEN 1 WHEN 'task leader' THEN 2
           WHEN 'partner' THEN 3 ELSE 4 END) AS roleWeight
  ORDER BY roleWeight, nodeIds, roles
  LIMIT toInteger($first)
  RETURN nodeIds, roles, roleWeight,
         [o IN [i IN range(0, size(chain) - 1, 2) | chain[i]] |
           o {.id, .name, .acronym, .aliases, .kind, .city, .summary,
              countryCode: head([(o)-[:LOCATED_IN]->(c:Country) | c.code])}] AS organisations,
         [p IN [i IN range(1, size(chain) - 1, 2) | chain[i]] |
           p {.id, .code, .name, .acronym, .aliases, .kind, .status, .isFlagship, .flagshipSince,
              .startDate, .endDate, .durationMonths, .totalBudgetEur, .euContributionEur,
              .partnerCount, .countryCount, .summary}] AS projects
  }
  WITH nodeIds, roles, roleWeight, organisations, projects
  ORDER BY roleWeight, nodeIds, roles
  RETURN collect({nodeIds: nodeIds, roles: roles, organisations: organisations, projects: projects}) AS paths
}
RETURN CASE WHEN a IS NULL THEN [$fromId] ELSE [] END + CASE WHEN b IS NULL THEN [$toId] ELSE [] END AS unknownIds,
       paths
