// First statement of an import's transaction: every name key and identifier
// key its organisations and funders bring is made if missing and write-locked
// until the transaction ends, and a MatchLock is made for each normalised
// organisation name in its country (keys in sorted order, so two imports
// never wait on each other in a cycle). The unique constraints on
// NameKey.key, Identifier.key and MatchLock.key make a concurrent import that
// brings the same key wait here until the first one commits; its matching,
// which reads the graph next in the same transaction, then finds the first
// one's node and links to it.
CALL () {
  UNWIND $matchKeys AS key
  MERGE (l:MatchLock {key: key})
  RETURN count(l) AS matchKeys
}
CALL () {
  UNWIND $nameKeys AS key
  MERGE (k:NameKey {key: key})
  SET k._claimed = true
  REMOVE k._claimed
  RETURN count(k) AS names
}
CALL () {
  UNWIND $identifiers AS identifier
  MERGE (i:Identifier {key: identifier.key})
  ON CREATE SET i.scheme = identifier.scheme, i.value = identifier.value, i.programme = identifier.programme
  SET i._claimed = true
  REMOVE i._claimed
  RETURN count(i) AS identifiers
}
RETURN matchKeys, names, identifiers
