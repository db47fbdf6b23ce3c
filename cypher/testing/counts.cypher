// Nodes per label and relationships per type, as one list of {key, count}
// (the write epoch, which counts commits, left out).
CALL () {
  MATCH (n) WHERE NOT n:WriteEpoch
  UNWIND labels(n) AS label
  RETURN label AS key, count(*) AS count
  UNION ALL
  MATCH ()-[r]->()
  RETURN type(r) AS key, count(*) AS count
}
RETURN key, count
ORDER BY key
