// One job as GET /imports/:id reports it; no row for an unknown id.
MATCH (j:ImportJob {id: $id})
RETURN j {
  .id, .file, .by, .state, .rows, .written, .createdAt, .finishedAt,
  .errorCode, .errorMessage, .problems, .bookmarks
} AS job
