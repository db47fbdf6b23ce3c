// Last statement of an import's transaction: its match locks go (they are
// never committed), and keys claimed at its start that no node took (a
// record linked under another spelling) are removed, so the graph holds no
// key without an owner.
CALL () {
  UNWIND $matchKeys AS key
  MATCH (l:MatchLock {key: key})
  DELETE l
  RETURN count(*) AS matchKeys
}
CALL () {
  UNWIND $nameKeys AS key
  MATCH (k:NameKey {key: key})
  WHERE NOT EXISTS { ()-[:HAS_NAME_KEY]->(k) }
  DELETE k
  RETURN count(*) AS names
}
CALL () {
  UNWIND $identifiers AS identifier
  MATCH (i:Identifier {key: identifier.key})
  WHERE NOT EXISTS { ()-[:HAS_IDENTIFIER]->(i) }
  DELETE i
  RETURN count(*) AS identifiers
}
RETURN matchKeys, names, identifiers
