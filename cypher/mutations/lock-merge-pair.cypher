// First step of a merge: write locks on both organisations, in the order
// given (sorted ids, so two merges of one pair cannot deadlock), until the
// transaction ends. An edit of either waits for the merge and then finds
// the merged node gone; a merge waits for edits and then moves their result.
UNWIND $ids AS id
MATCH (n:Organisation {id: id})
SET n._lock = true
REMOVE n._lock
RETURN count(n) AS locked
