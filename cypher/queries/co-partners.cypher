// Who an organisation has worked with: every other organisation taking part
// in at least $minSharedProjects of the same projects, weighted by the number
// of shared projects (heaviest first), each with its country and, when
// $withProjectIds, the ids of the shared projects (oldest first). Without
// them, the shared projects are only counted, not listed and sorted: about a
// tenth of the statement for a hub with hundreds of projects. One row:
// whether the organisation exists (so an unknown id needs no separate check)
// and the partners, in order.
OPTIONAL MATCH (o:Organisation {id: $organisationId})
CALL (o) {
  MATCH (o)-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(other:Organisation)
  WHERE other <> o
  WITH other, count(DISTINCT p) AS weight, collect(CASE WHEN $withProjectIds THEN p END) AS shared
  WHERE weight >= $minSharedProjects
  ORDER BY weight DESC, toLower(other.name), other.id
  LIMIT toInteger($limit)
  RETURN collect({
    organisation: other {.id, .name, .acronym, .aliases, .kind, .city, .summary,
                         countryNode: head([(other)-[:LOCATED_IN]->(c:Country) | c {.*}])},
    sharedProjectCount: weight,
    projectIds: CASE WHEN $withProjectIds
                THEN COLLECT { UNWIND shared AS x WITH DISTINCT x ORDER BY x.startDate, x.id RETURN x.id }
                ELSE [] END
  }) AS coPartners
}
RETURN o IS NOT NULL AS known, coPartners
