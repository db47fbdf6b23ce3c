// Floor, shared partners shape: organisations in every one of $projectIds,
// with their roles in them (most shared projects first, then by name).
UNWIND $projectIds AS projectId
WITH DISTINCT projectId
MATCH (p:Project {id: projectId})
MATCH (o:Organisation)-[r:PARTICIPATES_IN]->(p)
WITH o, p, r
ORDER BY p.startDate, p.id, r.role, r.task
WITH o,
     count(DISTINCT p) AS projectCount,
     collect({role: toUpper(replace(r.role, ' ', '_')), project: {id: p.id, name: p.name}}) AS participations
WHERE projectCount >= size($projectIds)
WITH o, projectCount, participations
ORDER BY projectCount DESC, o.name, o.id
RETURN {sharedPartners: collect({organisation: {id: o.id, name: o.name}, projectCount: projectCount, participations: participations})} AS data
