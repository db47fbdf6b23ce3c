// People by id, with the title and organisation of their post.
UNWIND $keys AS key
MATCH (n:Person {id: key})
OPTIONAL MATCH (n)-[w:WORKS_FOR]->(o:Organisation)
WITH key, n, head(collect({title: w.title, organisationId: o.id})) AS post
RETURN key, n {.*, title: post.title, organisationId: post.organisationId} AS value
