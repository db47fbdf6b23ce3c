// The folded names an entity answers to, recomputed after an edit.
MATCH (n)
WHERE (n:Organisation OR n:Project OR n:FundingSource) AND n.id = $id
SET n.searchKey = $searchKey, n.searchText = $searchText
