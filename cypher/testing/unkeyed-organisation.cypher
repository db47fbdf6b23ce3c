// An organisation as writes made before name keys existed left it: no keys.
CREATE (n:Organisation {id: $id, name: $name, kind: 'other', aliases: []})
RETURN n.id AS id
