// Organisations by id (the properties the API exposes), with their country
// code for the Country loader.
UNWIND $keys AS key
MATCH (o:Organisation {id: key})
RETURN key, o {.id, .name, .acronym, .aliases, .kind, .city, .summary,
               countryCode: head([(o)-[:LOCATED_IN]->(c:Country) | c.code])} AS value
