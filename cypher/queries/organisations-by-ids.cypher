// Organisations by id (the properties the API exposes), with their country
// (its properties, null when it has none, so `country` needs no statement of
// its own).
UNWIND $keys AS key
MATCH (o:Organisation {id: key})
RETURN key, o {.id, .name, .acronym, .aliases, .kind, .city, .summary, .founded, .memberCountryCount, .meetingsPerYear,
               countryNode: head([(o)-[:LOCATED_IN]->(c:Country) | c {.*}])} AS value
