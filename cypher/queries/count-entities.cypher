// How many domain nodes the graph holds (Source nodes excluded); 0 means "seed me".
MATCH (n)
WHERE NOT n:Source
RETURN count(n) AS count
