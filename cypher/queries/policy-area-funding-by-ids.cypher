// Who funds each policy area.
UNWIND $keys AS key
MATCH (pa:PolicyArea {id: key})-[r:FUNDED_BY]->(f:FundingSource)
WITH key, pa, r, f
ORDER BY f.name
RETURN key, collect({fundingSourceId: f.id, projectId: null, policyAreaId: pa.id, amountEur: r.amountEur, note: r.note, citations: r.citations}) AS value
