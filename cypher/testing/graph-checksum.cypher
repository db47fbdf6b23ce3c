// A fingerprint of the whole graph: counts of nodes per label and edges per
// type, plus a hash of every node's and edge's properties. Equal before and
// after means nothing was written.
CALL () {
  MATCH (n)
  WITH n ORDER BY elementId(n)
  RETURN count(n) AS nodes, collect(labels(n)[0] + ':' + coalesce(n.id, n.code, '') + ':' + toString(properties(n))) AS nodeText
}
CALL () {
  MATCH ()-[r]->()
  WITH r ORDER BY elementId(r)
  RETURN count(r) AS relationships, collect(type(r) + ':' + toString(properties(r))) AS relText
}
RETURN nodes, relationships, nodeText, relText
