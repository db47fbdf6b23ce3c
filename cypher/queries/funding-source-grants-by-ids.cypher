// A page of what each funding source paid for (projects and policy areas),
// with amounts where stated, largest first.
UNWIND $keys AS key
MATCH (f:FundingSource {id: key})<-[r:FUNDED_BY]-(x)
WITH key, f, r, x
ORDER BY r.amountEur DESC, x.name, x.id
WITH key, collect({
  fundingSourceId: f.id,
  projectId: CASE WHEN x:Project THEN x.id END,
  policyAreaId: CASE WHEN x:PolicyArea THEN x.id END,
  amountEur: r.amountEur, note: r.note, citations: r.citations
}) AS rows
RETURN key, {totalCount: size(rows), items: rows[toInteger($offset)..toInteger($offset + $first)]} AS value
