// Who funds each project, with amounts where stated.
UNWIND $keys AS key
MATCH (p:Project {id: key})-[r:FUNDED_BY]->(f:FundingSource)
WITH key, p, r, f
ORDER BY r.amountEur DESC, f.name
RETURN key, collect({fundingSourceId: f.id, projectId: p.id, policyAreaId: null, amountEur: r.amountEur, note: r.note, citations: r.citations}) AS value
