// The organisation holding an identifier key (`SCHEME:value`), if any.
MATCH (n:Organisation)-[:HAS_IDENTIFIER {key: $key}]->(:Identifier)
RETURN n.id AS id
