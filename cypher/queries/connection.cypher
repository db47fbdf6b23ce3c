// The shortest chain organisation -> project -> organisation -> … between two
// organisations over partnership edges only. The search is bounded at 12
// edges (6 hops); longer than $maxHops hops counts as "no connection".
// Among equally short chains the answer is stable: strongest roles first
// (coordinator, lead partner, task leader, partner …), then by ids.
// One shortest path first gives the distance; only when it is within
// $maxHops are all the shortest paths enumerated. (A length predicate inside
// the search would make Neo4j fall back, when no path is short enough, to
// enumerating every path of up to 12 edges — endless on a large graph.)
// One row: the ids the graph does not have (so they need no separate check)
// and, when connected, the chain's ids and roles and its organisations and
// projects (null otherwise). Only what the request reads is returned, as
// lists of values in the order of the property names given: each
// organisation's $organisationProperties, unless null its country's
// $countryProperties (null: it has none), each project's $projectProperties.
OPTIONAL MATCH (a:Organisation {id: $fromId})
OPTIONAL MATCH (b:Organisation {id: $toId})
OPTIONAL CALL (a, b) {
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
  LIMIT 1
  WITH nodeIds, roles,
       [i IN range(0, size(chain) - 1, 2) | chain[i]] AS chainOrganisations,
       [i IN range(1, size(chain) - 1, 2) | chain[i]] AS chainProjects
  RETURN nodeIds, roles,
         [o IN chainOrganisations | [k IN $organisationProperties | o[k]]] AS organisations,
         CASE WHEN $countryProperties IS NOT NULL
              THEN [o IN chainOrganisations | head([(o)-[:LOCATED_IN]->(c:Country) | [k IN $countryProperties | c[k]]])]
         END AS countries,
         [p IN chainProjects | [k IN $projectProperties | p[k]]] AS projects
}
RETURN CASE WHEN a IS NULL THEN [$fromId] ELSE [] END + CASE WHEN b IS NULL THEN [$toId] ELSE [] END AS unknownIds,
       nodeIds, roles, organisations, countries, projects
