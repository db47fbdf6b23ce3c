// How many funding edges join one project and one funding source.
OPTIONAL MATCH (:Project {id: $projectId})-[r:FUNDED_BY]->(:FundingSource {id: $fundingSourceId})
RETURN count(r) AS count
