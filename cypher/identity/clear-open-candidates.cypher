// Before a whole-graph matching run: the queue is rebuilt from scratch, so
// pairs that no longer score (renamed, merged) leave it. Rejections are
// Resolutions, not candidates, and stay.
MATCH (c:DuplicateCandidate)
DETACH DELETE c
