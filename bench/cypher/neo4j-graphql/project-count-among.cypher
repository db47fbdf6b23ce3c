// @cypher of Organisation.projectCountAmong: in how many of $projectIds it takes part.
RETURN COUNT { (this)-[:PARTICIPATES_IN]->(p:Project) WHERE p.id IN $projectIds } AS result
