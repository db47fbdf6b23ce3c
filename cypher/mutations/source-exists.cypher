// Whether a cited source exists (an edit may only cite a known document).
MATCH (s:Source {id: $sourceId})
RETURN s.id AS id
