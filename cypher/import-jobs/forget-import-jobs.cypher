// Finished jobs older than the retention, deleted (at most 1000 per call),
// and jobs that never finished and were not updated within it: their process
// stopped, and the database rolled their transaction back.
CALL () {
  MATCH (j:ImportJob)
  WHERE j.finishedAt < $before
  RETURN j
  UNION
  MATCH (j:ImportJob)
  WHERE j.finishedAt IS NULL AND j.updatedAt < $before
  RETURN j
}
WITH j LIMIT 1000
DELETE j
RETURN count(*) AS forgotten
