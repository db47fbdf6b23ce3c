import type { GraphClient } from '../graph/graph-client.js';
import { findDuplicates } from '../matching/find-matches.js';
import type { MatchRecord } from '../matching/match-record.js';
import { candidateId } from './candidate-id.js';

/** Candidates written per statement. */
const BATCH = 5_000;

/**
 * `npm run match`: matches every organisation of the graph against every
 * other (blocked, see src/matching/) and rebuilds the review queue in one
 * write transaction: readers see the old queue or the new one. Pairs an
 * editor kept apart are left out. Returns the number of candidates.
 */
export async function refreshDuplicateCandidates(
  graph: GraphClient,
  matchingRun = `matching-run:${new Date().toISOString()}`,
): Promise<number> {
  const records = await graph.read<MatchRecord>('identity/match-records');
  const keptApart = new Set(
    (await graph.read<{ a: string; b: string }>('identity/kept-apart-pairs')).map(
      ({ a, b }) => `${a}|${b}`,
    ),
  );
  const pairs = findDuplicates(records, {
    keptApart: (a, b) => keptApart.has(a < b ? `${a}|${b}` : `${b}|${a}`),
  });
  const foundAt = new Date().toISOString();
  const rows = pairs.map((pair) => ({
    id: candidateId(pair.a, pair.b),
    a: pair.a,
    b: pair.b,
    score: pair.score,
    nameScore: pair.nameScore,
    rules: pair.rules,
    names: pair.names,
    foundAt,
  }));
  await graph.writeTransaction(async (tx) => {
    await tx.run('identity/clear-open-candidates');
    for (let start = 0; start < rows.length; start += BATCH) {
      await tx.run('import/file-duplicate-candidates', {
        rows: rows.slice(start, start + BATCH),
        sourceId: matchingRun,
      });
    }
  });
  return rows.length;
}
