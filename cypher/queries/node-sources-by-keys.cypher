// Where each node's facts come from: its Source nodes and the lines cited.
// Each row also carries the stored citations (fields, basis, note) of that source.
// Keys are "Label|id" (countries "Country|code"), so one statement serves every type.
UNWIND $keys AS key
WITH key, split(key, '|')[0] AS label, split(key, '|')[1] AS id
CALL (label, id) {
  MATCH (n:Organisation {id: id}) WHERE label = 'Organisation' RETURN n
  UNION MATCH (n:Project {id: id}) WHERE label = 'Project' RETURN n
  UNION MATCH (n:FundingSource {id: id}) WHERE label = 'FundingSource' RETURN n
  UNION MATCH (n:Country {code: id}) WHERE label = 'Country' RETURN n
  UNION MATCH (n:Region {id: id}) WHERE label = 'Region' RETURN n
  UNION MATCH (n:Programme {id: id}) WHERE label = 'Programme' RETURN n
  UNION MATCH (n:PolicyArea {id: id}) WHERE label = 'PolicyArea' RETURN n
  UNION MATCH (n:Task {id: id}) WHERE label = 'Task' RETURN n
  UNION MATCH (n:Person {id: id}) WHERE label = 'Person' RETURN n
  UNION MATCH (n:Topic {id: id}) WHERE label = 'Topic' RETURN n
  UNION MATCH (n:Event {id: id}) WHERE label = 'Event' RETURN n
  UNION MATCH (n:Document {id: id}) WHERE label = 'Document' RETURN n
  UNION MATCH (n:Resolution {id: id}) WHERE label = 'Resolution' RETURN n
}
MATCH (n)-[c:SOURCED_FROM]->(s:Source)
WITH key, c, s
ORDER BY s.id
RETURN key, collect({source: s {.id, .title, .kind, .document, .url, .publisher}, lines: c.lines, citations: coalesce(c.citations, [])}) AS value
