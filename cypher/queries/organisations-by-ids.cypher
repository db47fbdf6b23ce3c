// Organisations by id, with their country code for the Country loader.
UNWIND $keys AS key
MATCH (o:Organisation {id: key})
OPTIONAL MATCH (o)-[:LOCATED_IN]->(c:Country)
WITH key, o, head(collect(c.code)) AS countryCode
RETURN key, o {.*, countryCode: countryCode} AS value
