// Who coordinates each policy area, in which role and when.
UNWIND $keys AS key
MATCH (o:Organisation)-[r:COORDINATES]->(pa:PolicyArea {id: key})
WITH key, o, r, pa
ORDER BY r.from, o.name
RETURN key, collect({organisationId: o.id, policyAreaId: pa.id, role: r.role, from: r.from, until: r.until, citations: r.citations}) AS value
