// Takes an identifier from a funder; the Identifier node goes with it (it
// has one owner at most). Returns how many were removed (0 or 1).
MATCH (n:FundingSource {id: $fundingSourceId})-[r:HAS_IDENTIFIER {key: $key}]->(i:Identifier)
DELETE r
WITH n, i
DETACH DELETE i
SET n.updatedAt = $at, n.updatedBy = $editor
RETURN count(*) AS removed
