// Every node that has a name, with all the names it answers to (name,
// acronym, aliases), for entity-resolution checks in tests.
MATCH (n)
WHERE n.name IS NOT NULL
RETURN coalesce(n.id, n.code) AS key,
       labels(n) AS labels,
       n.name AS name,
       n.acronym AS acronym,
       coalesce(n.aliases, []) AS aliases
ORDER BY key
