// Imported organisations the matcher found already in the graph: the import
// wrote them to the existing node; this records each decision (which names,
// the score and the rules that fired) as a Resolution about that node. The
// decision is recorded once: a re-import that finds the node again (now by
// its identifier) leaves the record as it was.
UNWIND $rows AS row
MATCH (n:Organisation {id: row.entity})
MERGE (r:Resolution {id: row.id})
ON CREATE SET r.decision = 'matched', r.names = row.names, r.reason = row.reason, r.score = row.score,
    r.rules = row.rules, r.importedId = row.importedId
MERGE (r)-[a:ABOUT]->(n)
SET a.citations = [x IN coalesce(a.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    a.sources = [x IN coalesce(a.sources, []) WHERE x <> $sourceId] + $sourceId
WITH r, row
MATCH (s:Source {id: $sourceId})
MERGE (r)-[c:SOURCED_FROM]->(s)
SET c.lines = row.lines
