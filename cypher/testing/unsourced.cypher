// Provenance offenders, counted (with a few examples for the failure message):
// nodes other than Source without a SOURCED_FROM edge to a Source, SOURCED_FROM
// edges without the lines they cite, and other relationships whose `sources`
// or `citations` list is missing, empty, or names a Source that does not exist.
// Name keys (NameKey, HAS_NAME_KEY) are derived from names, not facts: they
// carry no provenance of their own, nor do the write epoch and uploads' jobs (bookkeeping).
CALL () {
  MATCH (n)
  WHERE NOT n:Source AND NOT n:NameKey AND NOT n:WriteEpoch AND NOT n:ImportJob AND NOT EXISTS { (n)-[:SOURCED_FROM]->(:Source) }
  RETURN count(n) AS unsourcedNodes,
         collect(labels(n)[0] + ' ' + coalesce(n.id, n.code, elementId(n)))[..10] AS nodeExamples
}
CALL () {
  MATCH (n)-[c:SOURCED_FROM]->(s)
  WHERE NOT s:Source OR c.lines IS NULL OR trim(c.lines) = ''
  RETURN count(c) AS uncitedSourceEdges
}
CALL () {
  MATCH (a)-[r]->(b)
  WHERE NOT r:SOURCED_FROM AND NOT r:HAS_NAME_KEY
    AND (r.sources IS NULL OR size(r.sources) = 0
         OR r.citations IS NULL OR size(r.citations) = 0
         OR any(sourceId IN r.sources WHERE NOT EXISTS { MATCH (:Source {id: sourceId}) })
         OR any(citation IN r.citations WHERE NOT any(sourceId IN r.sources WHERE citation STARTS WITH sourceId + ':')))
  RETURN count(r) AS unsourcedRelationships,
         collect(coalesce(a.id, a.code) + ' -' + type(r) + '-> ' + coalesce(b.id, b.code))[..10] AS relationshipExamples
}
RETURN unsourcedNodes, nodeExamples, uncitedSourceEdges, unsourcedRelationships, relationshipExamples
