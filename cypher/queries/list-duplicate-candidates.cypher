// The review queue: candidate pairs, best score first, with the evidence a
// reviewer needs (projects both take part in, partners both have). Filtered
// by organisation and minimum score; $offset/$first page it.
MATCH (c:DuplicateCandidate)
WHERE ($organisationId IS NULL OR EXISTS { (c)-[:CONCERNS]->(:Organisation {id: $organisationId}) })
  AND ($minScore IS NULL OR c.score >= $minScore)
WITH c ORDER BY c.score DESC, c.id
WITH collect(c) AS candidates
WITH size(candidates) AS totalCount, candidates[toInteger($offset)..toInteger($offset) + toInteger($first)] AS page
CALL (page) {
  UNWIND page AS c
  MATCH (c)-[:CONCERNS]->(o:Organisation)
  WITH c, collect(o) AS pair ORDER BY c.score DESC, c.id
  WITH c, pair[0] AS a, pair[1] AS b
  RETURN collect(c {.id, .score, .nameScore, .rules, .names, .foundAt, .foundBy,
    organisationIds: [a.id, b.id],
    sharedProjectIds: [(a)-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(b) | p.id][0..20],
    sharedPartnerIds: [(a)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(x:Organisation)
                        WHERE x <> b AND x <> a
                          AND EXISTS { (x)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(b) } | x.id][0..20]
  }) AS items
}
RETURN totalCount, items
