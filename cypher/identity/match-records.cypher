// Every organisation as the matcher compares it: names, country, city and
// identifier keys. Read once per import or matching run.
MATCH (n:Organisation)
OPTIONAL MATCH (n)-[:LOCATED_IN]->(c:Country)
WITH n, head(collect(c.code)) AS country
RETURN n.id AS id, n.name AS name, n.acronym AS acronym, coalesce(n.aliases, []) AS aliases,
       country, n.city AS city, n.kind AS kind, n.summary IS NOT NULL AS hasSummary,
       n.founded IS NOT NULL AS hasFounded,
       [(n)-[r:HAS_IDENTIFIER]->(:Identifier) | r.key] AS identifiers
