// Who pays for the given projects: each funding source with the amount and
// the sources that record the funder, so an import can be checked against
// the funders the graph already held.
UNWIND $projectIds AS projectId
MATCH (:Project {id: projectId})-[r:FUNDED_BY]->(f:FundingSource)
RETURN projectId, f.id AS fundingSourceId, f.name AS name, r.amountEur AS amountEur,
       [(f)-[:SOURCED_FROM]->(s:Source) | s.id] AS sources
ORDER BY projectId, fundingSourceId
