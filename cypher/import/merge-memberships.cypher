// Members of a body such as a steering group: organisations or countries.
UNWIND $rows AS row
MATCH (body:Organisation {id: row.body})
MATCH (member) WHERE (member:Organisation AND member.id = row.member)
                  OR (member:Country AND member.code = row.memberCountry)
MERGE (member)-[r:MEMBER_OF]->(body)
SET r.citations = [x IN coalesce(r.citations, []) WHERE NOT x STARTS WITH $sourceId + ':'] + row.citation,
    r.sources = [x IN coalesce(r.sources, []) WHERE x <> $sourceId] + $sourceId
