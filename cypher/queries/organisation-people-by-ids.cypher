// The people who work for an organisation, with their titles.
UNWIND $keys AS key
MATCH (o:Organisation {id: key})<-[w:WORKS_FOR]-(n:Person)
WITH key, o, w, n
ORDER BY n.name
RETURN key, collect(n {.*, title: w.title, organisationId: o.id}) AS value
