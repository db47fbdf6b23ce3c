import { backfillNameKeys } from '../curation/backfill-name-keys.js';
import { seedIfEmpty } from '../import/seed-if-empty.js';
import type { Logger } from '../logger.js';
import { applySchema } from './apply-schema.js';
import type { GraphClient } from './graph-client.js';

/**
 * What runs once before the service serves: constraints and indexes, name
 * keys for nodes written before they existed, and the seed in an empty
 * graph. With several workers the primary runs it, before any worker starts.
 */
export async function prepareGraph(
  graph: GraphClient,
  options: { seedOnEmpty: boolean; imports?: { transactionTimeoutMs: number } },
  logger: Logger,
): Promise<void> {
  const statements = await applySchema(graph);
  logger.info({ statements }, 'constraints and indexes in place');
  const names = await backfillNameKeys(graph);
  if (names.nodes > 0) logger.info({ nodes: names.nodes }, 'name keys linked to older nodes');
  for (const clash of names.clashes) {
    logger.warn(clash, 'two nodes answer to one name; merge them (the first keeps the name key)');
  }
  if (options.seedOnEmpty) {
    // The seed is an import: it gets an import's time, not a request's.
    const reports = await seedIfEmpty(graph, (message) => logger.info(message), {
      timeoutMs: options.imports?.transactionTimeoutMs,
    });
    if (reports.length > 0) logger.info({ files: reports.length }, 'empty graph seeded');
  }
}
