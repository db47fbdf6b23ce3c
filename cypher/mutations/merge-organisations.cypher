// Merges organisation $mergedId into $survivorId in one transaction: the
// merged node's name, acronym and aliases become aliases of the survivor; its
// partnership edges (per role, keeping task, note and every citation), units,
// people, memberships, coordinations, led tasks, funders, provenance and
// resolution records move to the survivor; the merge is recorded as a
// Resolution with who, when and why; then the merged node is deleted.
// Edges between the two (a unit merged into its parent) are dropped.
// Runs after lock-merge-pair in the same transaction: edits of either node
// wait for the merge, or the merge waits for them and moves their result.
MATCH (s:Organisation {id: $survivorId}), (m:Organisation {id: $mergedId})
WITH s, m, [x IN [m.name, m.acronym] + coalesce(m.aliases, []) WHERE x IS NOT NULL] AS mergedNames
SET s.aliases = reduce(acc = coalesce(s.aliases, []), a IN mergedNames |
                  CASE WHEN a IN acc OR a = s.name OR a = s.acronym THEN acc ELSE acc + a END),
    s.mergedIds = coalesce(s.mergedIds, []) + m.id,
    s.updatedAt = $at, s.updatedBy = $editor
SET s.searchText = reduce(text = "", a IN s.aliases | text + " " + a),
    s.searchKey = coalesce(s.searchKey, '') + ' | ' + coalesce(m.searchKey, '')
WITH s, m, mergedNames
// The merged node's name keys pass to the survivor (the old edge deleted
// first: the key on HAS_NAME_KEY is unique), and so do the keys of names
// that become aliases only now (its acronym), claimed by claim-name-keys.
CALL (s, m) {
  MATCH (m)-[r:HAS_NAME_KEY]->(k:NameKey)
  WITH r, k, r.key AS key
  DELETE r
  WITH k, key
  MERGE (s)-[:HAS_NAME_KEY {key: key}]->(k)
}
CALL (s) {
  UNWIND $nameKeys AS key
  MATCH (k:NameKey {key: key})
  MERGE (s)-[:HAS_NAME_KEY {key: key}]->(k)
}
CALL (s, m) {
  MATCH (m)-[r:PARTICIPATES_IN]->(p:Project)
  MERGE (s)-[r2:PARTICIPATES_IN {role: r.role}]->(p)
  SET r2.task = coalesce(r2.task, r.task), r2.note = coalesce(r2.note, r.note),
      r2.citations = reduce(acc = coalesce(r2.citations, []), x IN coalesce(r.citations, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END),
      r2.sources = reduce(acc = coalesce(r2.sources, []), x IN coalesce(r.sources, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END)
  DELETE r
  RETURN count(*) AS movedParticipations
}
CALL (s, m) {
  MATCH (m)-[r:COORDINATES]->(pa:PolicyArea)
  MERGE (s)-[r2:COORDINATES {role: r.role}]->(pa)
  WITH r, r2,
       reduce(acc = coalesce(r2.citations, []), x IN coalesce(r.citations, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS citations
  SET r2 += properties(r), r2.citations = citations
  DELETE r
  RETURN count(*) AS movedCoordinations
}
CALL (s, m) {
  MATCH (m)-[r:SOURCED_FROM]->(src:Source)
  MERGE (s)-[r2:SOURCED_FROM]->(src)
  SET r2.lines = CASE WHEN r2.lines IS NULL THEN r.lines WHEN r.lines IS NULL OR r2.lines = r.lines THEN r2.lines ELSE r2.lines + ', ' + r.lines END
  DELETE r
  RETURN count(*) AS movedSources
}
CALL (s, m) {
  MATCH (res:Resolution)-[r:ABOUT]->(m)
  MERGE (res)-[r2:ABOUT]->(s)
  SET r2 += properties(r)
  DELETE r
  RETURN count(*) AS movedResolutions
}
CALL (s, m) {
  MATCH (m)-[r:LOCATED_IN]->(x:Country) WHERE x <> s
  MERGE (s)-[r2:LOCATED_IN]->(x)
  WITH r, r2,
       reduce(acc = coalesce(r2.citations, []), x IN coalesce(r.citations, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS citations,
       reduce(acc = coalesce(r2.sources, []), x IN coalesce(r.sources, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS sources
  SET r2 += properties(r), r2.citations = citations, r2.sources = sources
  DELETE r
  RETURN count(*) AS movedLOCATED_INOut
}
CALL (s, m) {
  MATCH (m)-[r:PART_OF]->(x:Organisation) WHERE x <> s
  MERGE (s)-[r2:PART_OF]->(x)
  WITH r, r2,
       reduce(acc = coalesce(r2.citations, []), x IN coalesce(r.citations, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS citations,
       reduce(acc = coalesce(r2.sources, []), x IN coalesce(r.sources, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS sources
  SET r2 += properties(r), r2.citations = citations, r2.sources = sources
  DELETE r
  RETURN count(*) AS movedPART_OFOut
}
CALL (s, m) {
  MATCH (m)-[r:MEMBER_OF]->(x:Organisation) WHERE x <> s
  MERGE (s)-[r2:MEMBER_OF]->(x)
  WITH r, r2,
       reduce(acc = coalesce(r2.citations, []), x IN coalesce(r.citations, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS citations,
       reduce(acc = coalesce(r2.sources, []), x IN coalesce(r.sources, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS sources
  SET r2 += properties(r), r2.citations = citations, r2.sources = sources
  DELETE r
  RETURN count(*) AS movedMEMBER_OFOut
}
CALL (s, m) {
  MATCH (m)-[r:LEADS]->(x:Task) WHERE x <> s
  MERGE (s)-[r2:LEADS]->(x)
  WITH r, r2,
       reduce(acc = coalesce(r2.citations, []), x IN coalesce(r.citations, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS citations,
       reduce(acc = coalesce(r2.sources, []), x IN coalesce(r.sources, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS sources
  SET r2 += properties(r), r2.citations = citations, r2.sources = sources
  DELETE r
  RETURN count(*) AS movedLEADSOut
}
CALL (s, m) {
  MATCH (x:Organisation)-[r:PART_OF]->(m) WHERE x <> s
  MERGE (x)-[r2:PART_OF]->(s)
  WITH r, r2,
       reduce(acc = coalesce(r2.citations, []), x IN coalesce(r.citations, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS citations,
       reduce(acc = coalesce(r2.sources, []), x IN coalesce(r.sources, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS sources
  SET r2 += properties(r), r2.citations = citations, r2.sources = sources
  DELETE r
  RETURN count(*) AS movedPART_OFIn
}
CALL (s, m) {
  MATCH (x:Organisation)-[r:MEMBER_OF]->(m) WHERE x <> s
  MERGE (x)-[r2:MEMBER_OF]->(s)
  WITH r, r2,
       reduce(acc = coalesce(r2.citations, []), x IN coalesce(r.citations, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS citations,
       reduce(acc = coalesce(r2.sources, []), x IN coalesce(r.sources, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS sources
  SET r2 += properties(r), r2.citations = citations, r2.sources = sources
  DELETE r
  RETURN count(*) AS movedMEMBER_OFIn
}
CALL (s, m) {
  MATCH (x:Person)-[r:WORKS_FOR]->(m) WHERE x <> s
  MERGE (x)-[r2:WORKS_FOR]->(s)
  WITH r, r2,
       reduce(acc = coalesce(r2.citations, []), x IN coalesce(r.citations, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS citations,
       reduce(acc = coalesce(r2.sources, []), x IN coalesce(r.sources, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS sources
  SET r2 += properties(r), r2.citations = citations, r2.sources = sources
  DELETE r
  RETURN count(*) AS movedWORKS_FORIn
}
CALL (s, m) {
  MATCH (x:FundingSource)-[r:PROVIDED_BY]->(m) WHERE x <> s
  MERGE (x)-[r2:PROVIDED_BY]->(s)
  WITH r, r2,
       reduce(acc = coalesce(r2.citations, []), x IN coalesce(r.citations, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS citations,
       reduce(acc = coalesce(r2.sources, []), x IN coalesce(r.sources, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS sources
  SET r2 += properties(r), r2.citations = citations, r2.sources = sources
  DELETE r
  RETURN count(*) AS movedPROVIDED_BYIn
}
// Its external identifiers pass to the survivor (the old edge deleted first:
// the key on HAS_IDENTIFIER is unique), and its review candidates leave the
// queue: accepted for this pair, to be found again by matching for others.
CALL (s, m) {
  MATCH (m)-[r:HAS_IDENTIFIER]->(i:Identifier)
  WITH r, i, r.key AS key, properties(r) AS props
  DELETE r
  WITH i, key, props
  MERGE (s)-[r2:HAS_IDENTIFIER {key: key}]->(i)
  SET r2 += props
  RETURN count(*) AS movedIdentifiers
}
CALL (m) {
  MATCH (c:DuplicateCandidate)-[:CONCERNS]->(m)
  DETACH DELETE c
}
WITH s, m, mergedNames, movedParticipations,
     movedCoordinations + movedSources + movedResolutions + movedLOCATED_INOut + movedPART_OFOut
       + movedMEMBER_OFOut + movedLEADSOut + movedPART_OFIn + movedMEMBER_OFIn + movedWORKS_FORIn
       + movedPROVIDED_BYIn AS movedEdges
CREATE (res:Resolution {id: $resolutionId})
SET res.decision = 'merged', res.names = mergedNames, res.reason = $reason,
    res.mergedId = m.id, res.mergedBy = $editor, res.mergedAt = $at
MERGE (res)-[a:ABOUT]->(s)
SET a.sources = [$sourceId], a.citations = [$citation]
WITH s, m, res, movedParticipations, movedEdges
MATCH (src:Source {id: $sourceId})
MERGE (res)-[c:SOURCED_FROM]->(src)
SET c.lines = $lines, c.recordedAt = $at, c.recordedBy = $editor
// The survivor changed (new aliases): it cites the merge too.
MERGE (s)-[cs:SOURCED_FROM]->(src)
SET cs.lines = $lines, cs.recordedAt = $at, cs.recordedBy = $editor
DETACH DELETE m
RETURN movedParticipations, movedEdges
