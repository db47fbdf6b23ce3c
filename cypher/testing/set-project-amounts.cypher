// Sets the budget and EU contribution of the given projects to $amount as
// they are, bypassing every check: tests use it to plant extreme stored
// values that reads must survive.
MATCH (p:Project)
WHERE p.id IN $ids
SET p.totalBudgetEur = $amount, p.euContributionEur = $amount
RETURN count(p) AS updated
