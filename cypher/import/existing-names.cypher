// Every name and alias of the organisations and funders already in the
// graph, so an import cannot add a second node for a body that is there.
MATCH (n)
WHERE n:Organisation OR n:FundingSource
UNWIND [n.name] + coalesce(n.aliases, []) AS name
RETURN CASE WHEN n:Organisation THEN 'Organisation' ELSE 'FundingSource' END AS label,
       n.id AS id, name
