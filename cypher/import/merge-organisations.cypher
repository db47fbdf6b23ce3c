// Organisations, with every other spelling of their name as an alias, and their country.
UNWIND $rows AS row
MERGE (n:Organisation {id: row.id})
SET n += row.props
SET n.sortName = toLower(n.name)
SET n.aliases = reduce(acc = [], a IN coalesce(n.aliases, []) + row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET n.searchText = reduce(text = "", a IN n.aliases | text + " " + a)
SET n.searchKey = CASE WHEN n.searchKey IS NULL THEN row.searchKey WHEN n.searchKey CONTAINS row.searchKey THEN n.searchKey ELSE n.searchKey + " | " + row.searchKey END
WITH n, row
// Its name and aliases are its name keys (one owner per key, see the
// NameKey constraints): the import validated that no other node holds them.
CALL (n, row) {
  UNWIND row.nameKeys AS key
  MERGE (k:NameKey {key: key})
  MERGE (n)-[:HAS_NAME_KEY {key: key}]->(k)
}
// Its external identifiers, one owner each (see the Identifier constraints):
// the import validated that no other node holds them.
CALL (n, row) {
  UNWIND row.identifiers AS identifier
  MERGE (i:Identifier {key: identifier.key})
  ON CREATE SET i.scheme = identifier.scheme, i.value = identifier.value, i.programme = identifier.programme
  MERGE (n)-[:HAS_IDENTIFIER {key: identifier.key}]->(i)
}
CALL (n, row) {
  MATCH (c:Country {code: row.country})
  MERGE (n)-[r:LOCATED_IN]->(c)
  SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
}
WITH n, row
MATCH (s:Source {id: $sourceId})
MERGE (n)-[c:SOURCED_FROM]->(s)
SET c.lines = row.lines, c.citations = row.citation
