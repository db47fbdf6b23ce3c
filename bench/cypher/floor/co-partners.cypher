// Floor, co-partners shape: the $first organisations that share the most
// projects with $hub, with their country and the number of shared projects.
MATCH (o:Organisation {id: $hub})-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(other:Organisation)
WHERE other <> o
WITH other, count(DISTINCT p) AS weight
ORDER BY weight DESC, toLower(other.name), other.id
LIMIT $first
RETURN {coPartners: collect({
  organisation: {id: other.id, name: other.name, country: head([(other)-[:LOCATED_IN]->(c:Country) | {code: c.code}])},
  sharedProjectCount: weight
})} AS data
