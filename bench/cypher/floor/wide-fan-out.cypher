// Floor, wide fan-out shape: a funder, the first $first of its grants
// (largest amount first) with their projects and every partner of each.
MATCH (f:FundingSource {id: $funder})
CALL (f) {
  MATCH (f)<-[g:FUNDED_BY]-(p:Project)
  WITH g, p
  ORDER BY g.amountEur DESC, p.name, p.id
  WITH collect({amountEur: g.amountEur, p: p}) AS grants
  RETURN size(grants) AS totalCount, grants[0..$first] AS page
}
CALL (page) {
  UNWIND page AS grant
  WITH grant.amountEur AS amountEur, grant.p AS p
  CALL (p) {
    MATCH (x:Organisation)-[pr:PARTICIPATES_IN]->(p)
    WITH x, pr
    ORDER BY CASE pr.role WHEN 'coordinator' THEN 0 WHEN 'lead partner' THEN 1 WHEN 'task leader' THEN 2 ELSE 3 END,
             x.name, pr.role
    LIMIT $partners
    RETURN collect({role: toUpper(replace(pr.role, ' ', '_')), organisation: {id: x.id, name: x.name}}) AS partners
  }
  RETURN collect({amountEur: amountEur, project: {id: p.id, name: p.name, participations: {nodes: partners}}}) AS nodes
}
RETURN {fundingSource: {id: f.id, name: f.name, grants: {totalCount: totalCount, nodes: nodes}}} AS data
