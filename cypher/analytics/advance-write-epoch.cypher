// Moves the write epoch on by one, inside the transaction of every write
// (GraphClient runs it before each commit), so every service process on this
// database sees that the graph changed: derived results (the network
// analytics) are cached under the epoch they were computed at.
// The `_lock` write takes the node's write lock before the value is read:
// concurrent writers queue on it and each adds exactly one (a plain
// `SET e.value = e.value + 1` reads before it locks and can lose updates).
// The generation, made up when the node is created, tells an epoch of an
// emptied and refilled database from an earlier one with the same value.
MERGE (e:WriteEpoch {key: 'graph'})
  ON CREATE SET e.generation = randomUUID(), e.value = 0
SET e._lock = true
WITH e, e.value AS value
SET e.value = value + 1
REMOVE e._lock
