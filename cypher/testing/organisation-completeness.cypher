// For each id: does the organisation exist, and if so, does it have the
// provenance and country edge its create statement writes with it?
UNWIND $ids AS id
OPTIONAL MATCH (o:Organisation {id: id})
RETURN id, o IS NOT NULL AS exists,
       EXISTS { (o)-[:SOURCED_FROM]->(:Source) } AS sourced,
       EXISTS { (o)-[:LOCATED_IN]->(:Country) } AS located
