// What matching left in the graph, for the tests: organisations by id, the
// identifiers and their owners, candidates with their pairs, matched decisions.
CALL () {
  MATCH (n:Organisation) RETURN collect(n.id) AS organisations
}
CALL () {
  MATCH (n)-[r:HAS_IDENTIFIER]->(i:Identifier)
  RETURN collect(r.key + '=' + n.id) AS identifiers
}
CALL () {
  MATCH (c:DuplicateCandidate)
  RETURN collect(c.id) AS candidates
}
CALL () {
  MATCH (r:Resolution {decision: 'matched'})-[:ABOUT]->(n)
  RETURN collect({id: r.id, about: n.id, rules: r.rules, score: r.score}) AS matched
}
RETURN organisations, identifiers, candidates, matched
