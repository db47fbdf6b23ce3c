// Before a merge: which of the two organisations exist, and whether this
// merge was already recorded (a retry must not fail or repeat it), and the
// merged acronym, which becomes a name (alias) of the survivor.
OPTIONAL MATCH (s:Organisation {id: $survivorId})
OPTIONAL MATCH (m:Organisation {id: $mergedId})
OPTIONAL MATCH (res:Resolution {id: $resolutionId})
RETURN s IS NOT NULL AS survivorExists, m IS NOT NULL AS mergedExists, res IS NOT NULL AS alreadyMerged,
       m.acronym AS mergedAcronym
