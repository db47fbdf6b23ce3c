// Which of the ids an import refers to (but does not define) are already in
// the graph, by label. Each list is looked up through its label's constraint.
UNWIND $ids AS ref
CALL (ref) {
  MATCH (n:Country) WHERE ref.label = 'Country' AND n.code = ref.id RETURN n
  UNION
  MATCH (n:Region) WHERE ref.label = 'Region' AND n.id = ref.id RETURN n
  UNION
  MATCH (n:Programme) WHERE ref.label = 'Programme' AND n.id = ref.id RETURN n
  UNION
  MATCH (n:PolicyArea) WHERE ref.label = 'PolicyArea' AND n.id = ref.id RETURN n
  UNION
  MATCH (n:Organisation) WHERE ref.label = 'Organisation' AND n.id = ref.id RETURN n
  UNION
  MATCH (n:FundingSource) WHERE ref.label = 'FundingSource' AND n.id = ref.id RETURN n
  UNION
  MATCH (n:Topic) WHERE ref.label = 'Topic' AND n.id = ref.id RETURN n
  UNION
  MATCH (n:Project) WHERE ref.label = 'Project' AND n.id = ref.id RETURN n
  UNION
  MATCH (n:Task) WHERE ref.label = 'Task' AND n.id = ref.id RETURN n
}
WITH DISTINCT ref
RETURN ref.label AS label, ref.id AS id
