// Floor, organisation by id shape: one organisation with its country.
OPTIONAL MATCH (o:Organisation {id: $id})
RETURN {organisation: CASE WHEN o IS NULL THEN null ELSE
          o {.id, .name, country: head([(o)-[:LOCATED_IN]->(c:Country) | c {.code, .name}])} END} AS data
