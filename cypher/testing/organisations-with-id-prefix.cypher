// How many organisations have an id starting with $prefix ("" counts them all).
MATCH (o:Organisation)
WHERE o.id STARTS WITH $prefix
RETURN count(o) AS count
