// A job's progress or outcome, as the process running it knows it. A
// finished job is not changed again; absent values ($rows null …) remove the property.
MATCH (j:ImportJob {id: $id})
WHERE NOT j.state IN ['done', 'refused', 'failed']
SET j.state = $state,
    j.rows = $rows,
    j.written = $written,
    j.finishedAt = $finishedAt,
    j.errorCode = $errorCode,
    j.errorMessage = $errorMessage,
    j.problems = $problems,
    j.bookmarks = $bookmarks,
    j.updatedAt = $updatedAt
RETURN j.id AS id
