// Review-queue candidates by id (node(id:)), with the evidence the queue
// shows (list-duplicate-candidates.cypher): the pair in id order, projects
// both take part in, partners both have worked with.
UNWIND $keys AS key
MATCH (c:DuplicateCandidate {id: key})
CALL (c) {
  MATCH (c)-[:CONCERNS]->(o:Organisation)
  WITH o ORDER BY o.id
  RETURN collect(o) AS pair
}
WITH key, c, pair[0] AS a, pair[1] AS b
RETURN key, c {.id, .score, .nameScore, .rules, .names, .foundAt, .foundBy,
  organisationIds: [a.id, b.id],
  sharedProjectIds: [(a)-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(b) | p.id][0..20],
  sharedPartnerIds: [(a)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(x:Organisation)
                      WHERE x <> b AND x <> a
                        AND EXISTS { (x)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(b) } | x.id][0..20]
} AS value
