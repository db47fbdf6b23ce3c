// How many domain nodes the graph holds (Source nodes and the write epoch
// excluded); 0 means "seed me".
MATCH (n)
WHERE NOT n:Source AND NOT n:WriteEpoch
RETURN count(n) AS count
