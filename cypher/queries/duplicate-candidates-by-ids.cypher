// Review-queue candidates by id (node(id:)), with the evidence the queue
// shows (list-duplicate-candidates.cypher): the pair in id order, projects
// both take part in, partners both have worked with (each once, in id order).
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
  sharedProjectIds: COLLECT {
    MATCH (a)-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(b)
    RETURN DISTINCT p.id AS id ORDER BY id LIMIT 20
  },
  sharedPartnerIds: COLLECT {
    MATCH (a)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(x:Organisation)
    WHERE x <> b AND x <> a
      AND EXISTS { (x)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(b) }
    RETURN DISTINCT x.id AS id ORDER BY id LIMIT 20
  }
} AS value
