// Removes every name key, leaving the graph as it was before keys existed.
MATCH (k:NameKey)
DETACH DELETE k
