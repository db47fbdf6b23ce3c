// Full-text search over the names, acronyms, codes, aliases and places of
// every named entity (index `entity_text_search`: case- and accent-folding, so
// "gaciarz" finds "Gąciarz"). $query is a Lucene query string; the best $limit
// hits come first. $limit arrives from JavaScript as a float, hence toInteger.
CALL db.index.fulltext.queryNodes('entity_text_search', $query) YIELD node, score
RETURN coalesce(node.id, node.code) AS id, labels(node) AS labels,
       coalesce(node.name, node.title) AS name, score
ORDER BY score DESC, id
LIMIT toInteger($limit)
