// Pairs of organisations that may be one body, for the review queue. One
// candidate per pair (its id is built from the two ids in order); a pair an
// editor kept apart is never filed again; a refreshed score replaces the old.
UNWIND $rows AS row
MATCH (a:Organisation {id: row.a}), (b:Organisation {id: row.b})
WHERE NOT EXISTS {
  MATCH (k:Resolution {decision: 'kept-apart'})-[:ABOUT]->(a)
  WHERE (k)-[:ABOUT]->(b)
}
MERGE (c:DuplicateCandidate {id: row.id})
ON CREATE SET c.foundAt = row.foundAt
SET c.score = row.score, c.nameScore = row.nameScore, c.rules = row.rules, c.names = row.names,
    c.foundBy = $sourceId
MERGE (c)-[:CONCERNS]->(a)
MERGE (c)-[:CONCERNS]->(b)
