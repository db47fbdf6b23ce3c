import { refreshDuplicateCandidates } from '../identity/refresh-duplicate-candidates.js';
import { graphFromEnvironment } from './graph-from-environment.js';

/**
 * `npm run match`: runs organisation matching over the whole graph and
 * rebuilds the review queue (duplicateCandidates). Uses NEO4J_URI when set,
 * otherwise the local Neo4j for the duration of the command.
 */
const log = (message: string) => console.log(message);

async function main(): Promise<void> {
  const { graph, close } = await graphFromEnvironment(log);
  try {
    const started = performance.now();
    const count = await refreshDuplicateCandidates(graph);
    log(
      `Review queue rebuilt: ${count} candidate pairs in ${Math.round(performance.now() - started)} ms`,
    );
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
