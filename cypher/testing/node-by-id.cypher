// One node by its key (id, or ISO code for a country), optionally of one
// label, with its properties and every edge going out of it and coming into
// it: edge type, edge properties, and the key, labels, name and kind of the
// node at the other end. For tests; a full scan is fine on the seed.
MATCH (n)
WHERE (n.id = $id OR n.code = $id) AND ($label IS NULL OR $label IN labels(n))
RETURN labels(n) AS labels,
       properties(n) AS properties,
       COLLECT {
         MATCH (n)-[r]->(m)
         RETURN {type: type(r), properties: properties(r),
                 key: coalesce(m.id, m.code), labels: labels(m), name: m.name, kind: m.kind}
       } AS outgoing,
       COLLECT {
         MATCH (n)<-[r]-(m)
         RETURN {type: type(r), properties: properties(r),
                 key: coalesce(m.id, m.code), labels: labels(m), name: m.name, kind: m.kind}
       } AS incoming
