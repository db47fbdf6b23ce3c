// First step of an edit of an organisation: its write lock, held until the
// transaction ends, so what the edit reads next (the old name it keeps as an
// alias) is what no concurrent edit can change under it.
MATCH (n:Organisation {id: $id})
SET n._lock = true
REMOVE n._lock
RETURN n.id AS id
