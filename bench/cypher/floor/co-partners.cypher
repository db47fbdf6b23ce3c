// Floor, co-partners shape: the $first organisations that share the most
// projects with $hub, with their country and the number of shared projects.
MATCH (o:Organisation {id: $hub})-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(other:Organisation)
WHERE other <> o
WITH other, count(DISTINCT p) AS weight
// As in the service's statement: names are read only for the partners at
// least as heavy as the $first-th heaviest.
WITH collect(other) AS others, collect(weight) AS weights
WITH others, weights, COLLECT { UNWIND weights AS w RETURN w ORDER BY w DESC LIMIT $first }[-1] AS cutoff
UNWIND [i IN range(0, size(weights) - 1) WHERE weights[i] >= cutoff] AS i
WITH others[i] AS other, weights[i] AS weight
ORDER BY weight DESC, toLower(other.name), other.id
LIMIT $first
RETURN {coPartners: collect({
  organisation: {id: other.id, name: other.name, country: head([(other)-[:LOCATED_IN]->(c:Country) | {code: c.code}])},
  sharedProjectCount: weight
})} AS data
