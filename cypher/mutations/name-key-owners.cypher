// Who else holds a claimed name key: organisations or funding sources other
// than the writer ($label and one of $ids). Read after claim-name-keys, under its locks.
UNWIND $keys AS key
MATCH (k:NameKey {key: key})<-[:HAS_NAME_KEY]-(owner)
WHERE NOT ($label IN labels(owner) AND owner.id IN $ids)
RETURN key,
       CASE WHEN owner:Organisation THEN 'Organisation' ELSE 'FundingSource' END AS label,
       owner.id AS id
ORDER BY key
LIMIT 1
