// Overwrites an organisation's stored name, bypassing curation's checks: for
// tests of what readers and exports do with values an older import left behind.
MATCH (o:Organisation {id: $id})
SET o.name = $name
RETURN o.id AS id
