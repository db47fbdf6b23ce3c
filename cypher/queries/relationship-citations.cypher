// The stored citations of the relationships of one type between two entities
// (in either direction). Entities are found by id (countries by code) under
// each label, so the lookup uses the key constraints; the relationship is
// found by expanding from the first entity only.
CALL () {
  MATCH (n:Organisation {id: $fromId}) RETURN n
  UNION MATCH (n:Project {id: $fromId}) RETURN n
  UNION MATCH (n:FundingSource {id: $fromId}) RETURN n
  UNION MATCH (n:Country {code: $fromId}) RETURN n
  UNION MATCH (n:Region {id: $fromId}) RETURN n
  UNION MATCH (n:Programme {id: $fromId}) RETURN n
  UNION MATCH (n:PolicyArea {id: $fromId}) RETURN n
  UNION MATCH (n:Task {id: $fromId}) RETURN n
  UNION MATCH (n:Person {id: $fromId}) RETURN n
  UNION MATCH (n:Topic {id: $fromId}) RETURN n
  UNION MATCH (n:Event {id: $fromId}) RETURN n
  UNION MATCH (n:Document {id: $fromId}) RETURN n
  UNION MATCH (n:Resolution {id: $fromId}) RETURN n
}
MATCH (n)-[r]-(other)
WHERE type(r) = $relation AND coalesce(other.id, other.code) = $toId
RETURN coalesce(r.citations, []) AS citations
