// Search over names, acronyms and aliases. The `standard-folding` analyzer
// lower-cases and folds accents (ą -> a, æ -> ae), so "gaciarz" finds
// "Gąciarz" and "halsnaes" finds "Halsnæs". `searchText` holds the aliases
// as one string, because full-text indexes read string properties.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Organisation|Project|FundingSource|Country|Region|Programme|PolicyArea|Person|Topic|Event|Document)
ON EACH [n.name, n.acronym, n.code, n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
