// The folded names an entity answers to, and an organisation's sort name,
// recomputed after an edit.
MATCH (n)
WHERE (n:Organisation OR n:Project OR n:FundingSource) AND n.id = $id
SET n.searchKey = $searchKey, n.searchText = $searchText,
    n.sortName = CASE WHEN n:Organisation THEN toLower(n.name) END
