// The Source that stands for one editor's direct edits, made on first use.
MERGE (s:Source {id: $sourceId})
ON CREATE SET s.title = $title, s.kind = 'curation', s.firstImportedAt = datetime($at)
RETURN s.id AS id
