// Why a partnership edit did nothing: which ends exist, and whether the edge does.
OPTIONAL MATCH (o:Organisation {id: $organisationId})
OPTIONAL MATCH (p:Project {id: $projectId})
RETURN o IS NOT NULL AS organisationExists, p IS NOT NULL AS projectExists,
       EXISTS { (o)-[:PARTICIPATES_IN {role: $role}]->(p) } AS edgeExists
