// A project's follow-up and component links, the policy areas or programmes
// it is under, where it is implemented and the topics it addresses.
UNWIND $rows AS row
MATCH (n:Project {id: row.id})
CALL (n, row) {
  UNWIND row.followUpOf AS otherId
  MATCH (other:Project {id: otherId})
  MERGE (n)-[r:FOLLOW_UP_OF]->(other)
  SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
}
CALL (n, row) {
  MATCH (whole:Project {id: row.componentOf})
  MERGE (n)-[r:COMPONENT_OF]->(whole)
  SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
}
CALL (n, row) {
  UNWIND row.under AS frameId
  MATCH (frame) WHERE (frame:PolicyArea OR frame:Programme) AND frame.id = frameId
  MERGE (n)-[r:UNDER]->(frame)
  SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
}
CALL (n, row) {
  UNWIND row.implementedInCountries AS code
  MATCH (c:Country {code: code})
  MERGE (n)-[r:IMPLEMENTED_IN]->(c)
  SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
}
CALL (n, row) {
  UNWIND row.implementedInRegions AS regionId
  MATCH (g:Region {id: regionId})
  MERGE (n)-[r:IMPLEMENTED_IN]->(g)
  SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
}
CALL (n, row) {
  UNWIND row.topics AS topicId
  MATCH (t:Topic {id: topicId})
  MERGE (n)-[r:ADDRESSES]->(t)
  SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
}
