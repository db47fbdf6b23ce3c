// One body brought by many imports at once, for the tests: the organisations
// under the imports' ids, those answering to its name key or identifier, the
// projects of the imports with their partners, the review candidates and the
// matching decisions about those organisations, and its keys left ownerless.
CALL () {
  MATCH (o:Organisation)
  WHERE o.id STARTS WITH $organisationPrefix
     OR EXISTS { (o)-[:HAS_NAME_KEY {key: $nameKey}]->(:NameKey) }
     OR EXISTS { (o)-[:HAS_IDENTIFIER {key: $identifierKey}]->(:Identifier) }
  RETURN collect(o.id) AS organisations
}
CALL () {
  MATCH (p:Project)
  WHERE p.id STARTS WITH $projectPrefix
  OPTIONAL MATCH (o:Organisation)-[:PARTICIPATES_IN]->(p)
  WITH p, collect(o.id) AS partners
  ORDER BY p.id
  RETURN collect({project: p.id, partners: partners}) AS projects
}
CALL () {
  MATCH (c:DuplicateCandidate)-[:CONCERNS]->(o:Organisation)
  WHERE o.id STARTS WITH $organisationPrefix
  RETURN count(DISTINCT c) AS candidates
}
CALL () {
  MATCH (r:Resolution {decision: 'matched'})-[:ABOUT]->(o:Organisation)
  WHERE o.id STARTS WITH $organisationPrefix
  RETURN count(DISTINCT r) AS matched
}
CALL () {
  OPTIONAL MATCH (k:NameKey {key: $nameKey})
  WHERE NOT EXISTS { ()-[:HAS_NAME_KEY]->(k) }
  OPTIONAL MATCH (i:Identifier {key: $identifierKey})
  WHERE NOT EXISTS { ()-[:HAS_IDENTIFIER]->(i) }
  RETURN count(k) + count(i) AS ownerlessKeys
}
RETURN organisations, projects, candidates, matched, ownerlessKeys
