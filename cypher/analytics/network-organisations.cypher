// What the analytics report about each organisation of a slice besides its
// metrics: name, acronym, kind and country.
UNWIND $ids AS id
MATCH (o:Organisation {id: id})
RETURN o.id AS id, o.name AS name, o.acronym AS acronym, o.kind AS kind,
  head([(o)-[:LOCATED_IN]->(c:Country) | c.code]) AS countryCode
