// First step of giving an identifier to an organisation: the Identifier node
// is made if missing and write-locked until the transaction ends (the unique
// constraint on Identifier.key makes concurrent MERGEs meet on one node), so
// the owner read next sees every committed claim.
MERGE (i:Identifier {key: $key})
ON CREATE SET i.scheme = $scheme, i.value = $value, i.programme = $programme
SET i._lock = true
REMOVE i._lock
WITH i
OPTIONAL MATCH (owner)-[:HAS_IDENTIFIER]->(i)
RETURN owner.id AS ownerId, CASE WHEN owner IS NULL THEN null WHEN owner:Organisation THEN 'Organisation' ELSE 'FundingSource' END AS ownerLabel
