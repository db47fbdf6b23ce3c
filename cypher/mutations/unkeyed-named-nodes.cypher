// Organisations and funding sources without name keys: written before keys
// existed. Read once at start to link their keys (none once all have them).
MATCH (n)
WHERE (n:Organisation OR n:FundingSource) AND NOT EXISTS { (n)-[:HAS_NAME_KEY]->(:NameKey) }
RETURN CASE WHEN n:Organisation THEN 'Organisation' ELSE 'FundingSource' END AS label,
       n.id AS id, [n.name] + coalesce(n.aliases, []) AS names
ORDER BY label, id
