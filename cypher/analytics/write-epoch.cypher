// The write epoch (see advance-write-epoch): one indexed node, read once per
// analytics request. No node yet (nothing written): generation null, value 0.
OPTIONAL MATCH (e:WriteEpoch {key: 'graph'})
RETURN e.generation AS generation, coalesce(e.value, 0) AS value
