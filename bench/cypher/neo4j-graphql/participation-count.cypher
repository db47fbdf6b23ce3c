// @cypher of Query.participationCount: partnership edges in the whole graph.
RETURN COUNT { ()-[:PARTICIPATES_IN]->() } AS result
