// A new upload's job, queued. CREATE, not MERGE: the id is new, and the
// constraint refuses a second job with the same id.
CREATE (j:ImportJob {
  id: $id, file: $file, by: $by, state: 'queued', written: 0,
  createdAt: $createdAt, updatedAt: $createdAt
})
RETURN j.id AS id
