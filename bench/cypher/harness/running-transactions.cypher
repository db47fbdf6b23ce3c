// Settle probe: how many transactions the database is running besides this
// one (left in flight by the last load, for instance). SHOW TRANSACTIONS
// lists this probe too; its text is the only one that says "Settle probe".
SHOW TRANSACTIONS YIELD currentQuery
WHERE NOT currentQuery CONTAINS 'Settle probe'
RETURN count(*) AS running
