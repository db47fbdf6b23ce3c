// A page of one kind of named entity ($label: Topic, Region, Programme, Event
// or Document), by name (a document's title), with the total before paging.
// `$search` is folded like the stored search keys (lower case, no accents) and
// matched against the name or title, acronym and aliases.
CALL () {
  MATCH (n:Topic) WHERE $label = 'Topic' RETURN n
  UNION ALL
  MATCH (n:Region) WHERE $label = 'Region' RETURN n
  UNION ALL
  MATCH (n:Programme) WHERE $label = 'Programme' RETURN n
  UNION ALL
  MATCH (n:Event) WHERE $label = 'Event' RETURN n
  UNION ALL
  MATCH (n:Document) WHERE $label = 'Document' RETURN n
}
WITH n, coalesce(n.name, n.title, n.id) AS name
WHERE $search IS NULL
   OR n.searchKey CONTAINS $search
   OR toLower(name + ' ' + coalesce(n.acronym, '') + ' ' + coalesce(n.searchText, '')) CONTAINS $search
WITH collect({node: n, name: toLower(name)}) AS matched
CALL (matched) {
  UNWIND matched AS row
  WITH row.node AS n, row.name AS name
  ORDER BY name, n.id
  SKIP toInteger($offset) LIMIT toInteger($first)
  RETURN collect(n {.*}) AS items
}
RETURN size(matched) AS totalCount, items
