// Search over names, acronyms, codes, aliases and places: an organisation's
// city, an event's place, a document's title. The `standard-folding` analyzer
// lower-cases and folds accents (ą -> a, æ -> ae), so "gaciarz" finds
// "Gąciarz" and "halsnaes" finds "Halsnæs". `searchText` holds the aliases
// as one string, because full-text indexes read string properties.
// The properties of an index cannot change in place: `entity_search`, which
// read no places, gives way to `entity_text_search`.
DROP INDEX entity_search IF EXISTS;

CREATE FULLTEXT INDEX entity_text_search IF NOT EXISTS
FOR (n:Organisation|Project|FundingSource|Country|Region|Programme|PolicyArea|Person|Topic|Event|Document)
ON EACH [n.name, n.acronym, n.code, n.searchText, n.city, n.place, n.title]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
