// First step of a partnership edit: write locks on the organisation, then
// the project, held until the transaction ends. Every edit of the edges
// between them (add, change, remove, and a merge moving them) takes these
// locks first, so "is the edge there?" and the write that follows cannot be
// interleaved with another edit of the same edge. Nothing when an end is missing.
MATCH (o:Organisation {id: $organisationId})
SET o._lock = true
REMOVE o._lock
WITH o
MATCH (p:Project {id: $projectId})
SET p._lock = true
REMOVE p._lock
RETURN count(*) AS locked
