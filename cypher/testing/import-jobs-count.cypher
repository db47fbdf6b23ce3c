// How many uploads' jobs the database holds.
MATCH (j:ImportJob)
RETURN count(j) AS count
