// The policy areas each organisation coordinates.
UNWIND $keys AS key
MATCH (o:Organisation {id: key})-[r:COORDINATES]->(pa:PolicyArea)
WITH key, o, r, pa
ORDER BY r.from, pa.name
RETURN key, collect({organisationId: o.id, policyAreaId: pa.id, role: r.role, from: r.from, until: r.until, citations: r.citations}) AS value
