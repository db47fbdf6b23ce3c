// Who an organisation has worked with: every other organisation taking part
// in at least $minSharedProjects of the same projects, weighted by the number
// of shared projects (heaviest first), each with the ids of the shared
// projects (oldest first) when $withProjectIds. Only what the request reads
// is returned, as lists of values in the order of the property names given:
// the partner's $organisationProperties and, unless null, its country's
// $countryProperties. Without $withProjectIds, the shared projects are only
// counted, not listed and sorted: about a fifth of the statement for a hub
// with hundreds of projects. One row:
// whether the organisation exists (so an unknown id needs no separate check)
// and the partners, in order.
OPTIONAL MATCH (o:Organisation {id: $organisationId})
CALL (o) {
  MATCH (o)-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(other:Organisation)
  WHERE other <> o
  WITH other, count(DISTINCT p) AS weight, collect(CASE WHEN $withProjectIds THEN p END) AS shared
  WHERE weight >= $minSharedProjects
  // Ties are broken by name, but reading the name of each of a hub's thousands
  // of partners costs more than counting them: first find the weight of the
  // $limit-th heaviest, then sort by name only the partners at least as heavy.
  // Parallel lists, not a list of maps, and the shared projects only when
  // asked for (even empty lists count): every row below carries the lists,
  // and Neo4j charges each row's copy to the transaction's memory (8 MB, not
  // 86 as maps or 35 with a list of empty lists).
  WITH collect(other) AS others, collect(weight) AS weights,
       collect(CASE WHEN $withProjectIds THEN shared END) AS shareds
  WITH others, weights, shareds,
       COLLECT { UNWIND weights AS w RETURN w ORDER BY w DESC LIMIT toInteger($limit) }[-1] AS cutoff
  UNWIND [i IN range(0, size(weights) - 1) WHERE weights[i] >= cutoff] AS i
  WITH others[i] AS other, weights[i] AS weight, shareds[i] AS shared
  ORDER BY weight DESC, toLower(other.name), other.id
  LIMIT toInteger($limit)
  RETURN collect({
    organisation: [k IN $organisationProperties | other[k]],
    country: CASE WHEN $countryProperties IS NOT NULL
                  THEN head([(other)-[:LOCATED_IN]->(c:Country) | [k IN $countryProperties | c[k]]]) END,
    sharedProjectCount: weight,
    projectIds: CASE WHEN $withProjectIds
                THEN COLLECT { UNWIND shared AS x WITH DISTINCT x ORDER BY x.startDate, x.id RETURN x.id }
                ELSE [] END
  }) AS coPartners
}
RETURN o IS NOT NULL AS known, coPartners
