// Search in one read: organisations and funders holding an identifier typed
// whole ($values, any scheme) first, then full-text hits over the names,
// acronyms, codes, aliases and places of every named entity (index
// `entity_text_search`: case- and accent-folding), best first. The wanted
// types ($types, node labels; null for all) are filtered here, so the limit is
// the caller's $limit, not a guess at how many a filter will leave. $limit
// arrives from JavaScript as a float, hence toInteger.
CALL () {
  MATCH (i:Identifier) WHERE i.value IN $values
  MATCH (n)-[:HAS_IDENTIFIER]->(i)
  RETURN n, true AS held, 0.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes('entity_text_search', $query) YIELD node, score
  RETURN node AS n, false AS held, score
}
WITH n, held, score, [label IN labels(n) WHERE label IN $entityTypes][0] AS type
WHERE type IS NOT NULL AND ($types IS NULL OR type IN $types)
WITH n, type, max(score) AS score, any(found IN collect(held) WHERE found) AS held
RETURN coalesce(n.id, n.code) AS id, type, coalesce(n.name, n.title) AS name, score, held
ORDER BY held DESC, score DESC, id
LIMIT toInteger($limit)
