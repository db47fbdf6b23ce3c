// The co-partnership network: organisations as nodes (with the number of
// matching projects they take part in), and an edge between two
// organisations weighted by the projects they share. Projects are filtered by
// id, funding source, policy area and period (undated projects only when
// $includeUndated); organisations by country and, for the drill-down into one
// group of an aggregated view, by id ($organisationIds; null: all).
// Edges lighter than $minWeight are dropped; the heaviest $maxEdges are kept.
//
// Memory follows the answer, not the graph: projects are collected as
// references, each part streams over them, pairs are counted (one counter
// per pair, no lists), and only the kept edges look up their shared projects.
// An OPTIONAL CALL: an empty network still answers with a row that names the
// unknown ids.
// The ids the filter names that the graph does not have ($idChecks: one
// {argument, label, ids} per id list), returned as `unknownIds` with the answer.
CALL () {
  ...UnknownFilterIds
}
OPTIONAL CALL () {
  MATCH (p:Project)
  WHERE ($projectIds IS NULL OR p.id IN $projectIds)
    AND ($fundingSourceIds IS NULL OR EXISTS { (p)-[:FUNDED_BY]->(f:FundingSource) WHERE f.id IN $fundingSourceIds })
    AND ($policyAreaIds IS NULL OR EXISTS { (p)-[:UNDER]->(pa:PolicyArea) WHERE pa.id IN $policyAreaIds })
    AND ($activeFrom IS NULL OR coalesce(p.endYear, p.startYear) >= $activeFrom OR ($includeUndated AND p.startYear IS NULL))
    AND ($activeTo IS NULL OR p.startYear <= $activeTo OR ($includeUndated AND p.startYear IS NULL))
  WITH collect(p) AS projects
  CALL (projects) {
    // Projects with at least one organisation in the network.
    UNWIND projects AS p
    WITH p
    WHERE EXISTS {
      (o:Organisation)-[:PARTICIPATES_IN]->(p)
      WHERE ($countryCodes IS NULL OR EXISTS { (o)-[:LOCATED_IN]->(c:Country) WHERE c.code IN $countryCodes })
        AND ($organisationIds IS NULL OR o.id IN $organisationIds)
    }
    RETURN count(p) AS projectCount
  }
  // Nodes and edges in separate branches, so that neither part's rows carry
  // the other's (large) result.
  CALL (projects) {
    UNWIND projects AS p
    MATCH (o:Organisation)-[:PARTICIPATES_IN]->(p)
    WHERE ($countryCodes IS NULL OR EXISTS { (o)-[:LOCATED_IN]->(c:Country) WHERE c.code IN $countryCodes })
      AND ($organisationIds IS NULL OR o.id IN $organisationIds)
    WITH DISTINCT o, p
    WITH o, count(*) AS projectCount
    ORDER BY projectCount DESC, o.id
    RETURN collect({
      id: o.id, name: o.name, acronym: o.acronym, kind: o.kind,
      countryCode: head([(o)-[:LOCATED_IN]->(c:Country) | c.code]),
      projectCount: projectCount
    }) AS nodes, null AS edges
    UNION ALL
    UNWIND projects AS p
    CALL (p) {
      MATCH (o:Organisation)-[:PARTICIPATES_IN]->(p)
      WHERE ($countryCodes IS NULL OR EXISTS { (o)-[:LOCATED_IN]->(c:Country) WHERE c.code IN $countryCodes })
        AND ($organisationIds IS NULL OR o.id IN $organisationIds)
      WITH DISTINCT o
      RETURN collect(o) AS members
    }
    UNWIND members AS a
    UNWIND members AS b
    WITH a, b WHERE elementId(a) < elementId(b)
    WITH a, b, count(*) AS weight
    WHERE weight >= $minWeight
    WITH a, b, weight, a.id < b.id AS inOrder
    WITH CASE WHEN inOrder THEN a ELSE b END AS source, CASE WHEN inOrder THEN b ELSE a END AS target, weight
    ORDER BY weight DESC, source.id, target.id
    LIMIT toInteger($maxEdges)
    RETURN null AS nodes, collect({
      source: source.id, target: target.id, weight: weight,
      projectIds: COLLECT {
        MATCH (source)-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(target)
        WHERE ($projectIds IS NULL OR p.id IN $projectIds)
          AND ($fundingSourceIds IS NULL OR EXISTS { (p)-[:FUNDED_BY]->(f:FundingSource) WHERE f.id IN $fundingSourceIds })
          AND ($policyAreaIds IS NULL OR EXISTS { (p)-[:UNDER]->(pa:PolicyArea) WHERE pa.id IN $policyAreaIds })
          AND ($activeFrom IS NULL OR coalesce(p.endYear, p.startYear) >= $activeFrom OR ($includeUndated AND p.startYear IS NULL))
          AND ($activeTo IS NULL OR p.startYear <= $activeTo OR ($includeUndated AND p.startYear IS NULL))
        RETURN DISTINCT p.id AS projectId ORDER BY projectId
      }
    }) AS edges
  }
  WITH projectCount, collect(nodes) AS nodeLists, collect(edges) AS edgeLists
  RETURN head(nodeLists) AS nodes, head(edgeLists) AS edges, projectCount
}
RETURN nodes, edges, projectCount, unknownIds
