// Organisations written before the sort name existed get it (a no-op once
// every organisation has one).
MATCH (n:Organisation)
WHERE n.sortName IS NULL AND n.name IS NOT NULL
SET n.sortName = toLower(n.name);
