// An editor's decision that two organisations are different bodies: a
// kept-apart Resolution about both (matching never proposes the pair again)
// with who, when and why, and the pair's candidate leaves the queue. Runs
// after lock-merge-pair in the same transaction. Repeating it updates the reason.
MATCH (a:Organisation {id: $a}), (b:Organisation {id: $b})
MERGE (r:Resolution {id: $resolutionId})
SET r.decision = 'kept-apart', r.reason = $reason, r.rejectedBy = $editor, r.rejectedAt = $at
MERGE (r)-[ra:ABOUT]->(a)
SET ra.sources = [$sourceId], ra.citations = [$citation]
MERGE (r)-[rb:ABOUT]->(b)
SET rb.sources = [$sourceId], rb.citations = [$citation]
WITH r
MATCH (s:Source {id: $sourceId})
MERGE (r)-[c:SOURCED_FROM]->(s)
SET c.lines = $lines, c.recordedAt = $at, c.recordedBy = $editor
WITH r
OPTIONAL MATCH (c:DuplicateCandidate {id: $candidateId})
DETACH DELETE c
RETURN r.id AS id
