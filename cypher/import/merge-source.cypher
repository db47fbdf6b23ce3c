// The Source node an import file records; every fact in the file points at it.
MERGE (s:Source {id: $source.id})
SET s += $source
SET s.firstImportedAt = coalesce(s.firstImportedAt, datetime())
