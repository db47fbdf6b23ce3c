// @cypher of Organisation.sharedProjectCount: projects it shares with $withOrganisation.
MATCH (this)-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(:Organisation {id: $withOrganisation})
RETURN count(DISTINCT p) AS result
