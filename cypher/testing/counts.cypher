// Nodes per label and relationships per type, as one list of {key, count}.
// The write epoch (it counts commits) and uploads' jobs (ImportJob) are the
// service's bookkeeping, not facts: left out.
CALL () {
  MATCH (n)
  WHERE NOT n:WriteEpoch AND NOT n:ImportJob
  UNWIND labels(n) AS label
  RETURN label AS key, count(*) AS count
  UNION ALL
  MATCH ()-[r]->()
  RETURN type(r) AS key, count(*) AS count
}
RETURN key, count
ORDER BY key
