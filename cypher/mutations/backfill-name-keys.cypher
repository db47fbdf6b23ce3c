// Links name keys to nodes written before keys existed ($rows: label, id,
// keys; each key in at most one row). A key another node already holds is
// left to it and returned, so the clash can be resolved by a merge.
UNWIND $rows AS row
CALL (row) {
  MATCH (n:Organisation {id: row.id}) WHERE row.label = 'Organisation'
  RETURN n
  UNION
  MATCH (n:FundingSource {id: row.id}) WHERE row.label = 'FundingSource'
  RETURN n
}
UNWIND row.keys AS key
MERGE (k:NameKey {key: key})
WITH row, n, k, key
OPTIONAL MATCH (k)<-[:HAS_NAME_KEY]-(holder)
WHERE holder <> n
CALL (n, k, key, holder) {
  WITH n, k, key WHERE holder IS NULL
  MERGE (n)-[:HAS_NAME_KEY {key: key}]->(k)
}
WITH row, key, holder
WHERE holder IS NOT NULL
RETURN row.label AS label, row.id AS id, key, holder.id AS heldBy
