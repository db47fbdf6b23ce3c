// Undoes the nodes a failed large import created ({label, id} keys that did
// not exist before it), with every relationship attached to them.
UNWIND $keys AS key
CALL (key) {
  MATCH (n:Country) WHERE key.label = 'Country' AND n.code = key.id RETURN n
  UNION
  MATCH (n:Region) WHERE key.label = 'Region' AND n.id = key.id RETURN n
  UNION
  MATCH (n:Programme) WHERE key.label = 'Programme' AND n.id = key.id RETURN n
  UNION
  MATCH (n:PolicyArea) WHERE key.label = 'PolicyArea' AND n.id = key.id RETURN n
  UNION
  MATCH (n:Organisation) WHERE key.label = 'Organisation' AND n.id = key.id RETURN n
  UNION
  MATCH (n:FundingSource) WHERE key.label = 'FundingSource' AND n.id = key.id RETURN n
  UNION
  MATCH (n:Topic) WHERE key.label = 'Topic' AND n.id = key.id RETURN n
  UNION
  MATCH (n:Project) WHERE key.label = 'Project' AND n.id = key.id RETURN n
  UNION
  MATCH (n:Task) WHERE key.label = 'Task' AND n.id = key.id RETURN n
  UNION
  MATCH (n:Person) WHERE key.label = 'Person' AND n.id = key.id RETURN n
  UNION
  MATCH (n:Event) WHERE key.label = 'Event' AND n.id = key.id RETURN n
  UNION
  MATCH (n:Document) WHERE key.label = 'Document' AND n.id = key.id RETURN n
  UNION
  MATCH (n:Source) WHERE key.label = 'Source' AND n.id = key.id RETURN n
  UNION
  MATCH (n:Resolution) WHERE key.label = 'Resolution' AND n.id = key.id RETURN n
}
DETACH DELETE n
