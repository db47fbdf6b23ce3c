// Every node and every relationship with all its properties, keyed by ids
// rather than internal element ids, so a test can hash the whole graph and
// prove that an operation changed nothing (or exactly what it should). The
// write epoch (it counts commits) and uploads' jobs (ImportJob) are the
// service's bookkeeping, not facts: left out.
CALL () {
  MATCH (n)
  WHERE NOT n:WriteEpoch AND NOT n:ImportJob
  RETURN 'node' AS kind, labels(n) AS labels, coalesce(n.id, n.code) AS key,
         null AS fromKey, null AS toKey, properties(n) AS properties
  UNION ALL
  MATCH (a)-[r]->(b)
  RETURN 'relationship' AS kind, [type(r)] AS labels, null AS key,
         coalesce(a.id, a.code) AS fromKey, coalesce(b.id, b.code) AS toKey, properties(r) AS properties
}
RETURN kind, labels, key, fromKey, toKey, properties
