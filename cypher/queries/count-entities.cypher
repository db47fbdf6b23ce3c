// How many domain nodes the graph holds (Source nodes, the write epoch and
// uploads' jobs excluded); 0 means "seed me".
MATCH (n)
WHERE NOT n:Source AND NOT n:WriteEpoch AND NOT n:ImportJob
RETURN count(n) AS count
