// How many CSV rows of one source the partnership edges cite: an edge cites
// the lines of every row it came from ("12", or "12, 40" for a repeated row);
// a citation token may carry its fields and basis after "|".
MATCH ()-[r:PARTICIPATES_IN]->()
WHERE $sourceId IN r.sources
UNWIND [c IN r.citations WHERE c STARTS WITH $sourceId + ':'] AS citation
RETURN sum(size(split(substring(head(split(citation, '|')), size($sourceId) + 1), ','))) AS rows
