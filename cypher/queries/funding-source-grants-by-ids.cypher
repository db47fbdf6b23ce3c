// A page of what each funding source paid for (projects and policy areas),
// with amounts where stated, largest first. A project of the page comes with
// its properties (for the Project loader), so `grants { project }` costs no
// further statement.
UNWIND $keys AS key
MATCH (f:FundingSource {id: key})<-[r:FUNDED_BY]-(x)
WITH key, r, x
ORDER BY r.amountEur DESC, x.name, x.id
WITH key, collect({r: r, x: x}) AS rows
CALL (key, rows) {
  UNWIND rows[toInteger($offset)..toInteger($offset + $first)] AS row
  WITH row.r AS r, row.x AS x
  RETURN collect({
    fundingSourceId: key,
    projectId: CASE WHEN x:Project THEN x.id END,
    policyAreaId: CASE WHEN x:PolicyArea THEN x.id END,
    amountEur: r.amountEur, note: r.note, citations: r.citations,
    projectNode: CASE WHEN x:Project THEN
      x {.id, .code, .name, .acronym, .aliases, .kind, .status, .isFlagship, .flagshipSince,
         .startDate, .endDate, .durationMonths, .totalBudgetEur, .euContributionEur,
         .partnerCount, .countryCount, .summary} END
  }) AS items
}
RETURN key, {totalCount: size(rows), items: items} AS value
