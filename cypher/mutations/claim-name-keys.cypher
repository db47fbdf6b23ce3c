// First step of a write that gives names to an organisation or funding
// source: each name key is made if missing and write-locked (a property set
// and removed), in the order given, until the transaction ends. The unique
// constraint on NameKey.key makes concurrent MERGEs of one key meet on one
// node; the lock makes the owner check that follows see every committed claim.
UNWIND $keys AS key
MERGE (k:NameKey {key: key})
SET k._lock = true
REMOVE k._lock
RETURN count(k) AS claimed
