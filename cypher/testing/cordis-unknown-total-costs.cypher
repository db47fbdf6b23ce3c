// Projects of one source whose total cost is unknown (null), and those stored as 0.
MATCH (p:Project)-[:SOURCED_FROM]->(:Source {id: $sourceId})
RETURN count(CASE WHEN p.totalBudgetEur IS NULL THEN 1 END) AS unknown,
       count(CASE WHEN p.totalBudgetEur = 0 THEN 1 END) AS zero
