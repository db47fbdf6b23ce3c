import type { Neo4jSettings } from '../bench-graph.js';
import { openGraph } from '../../src/graph/open-graph.js';
import { signalSettingsFromEnvironment } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createService } from '../../src/server.js';
import type { SignalSettings } from '../../src/signals/signals.js';
import type { RunningSystem } from './running-system.js';

/**
 * Our service as `npm start` builds it (`createService`), logging warnings
 * and errors only, without the start-up analysis of the whole network;
 * `batching: false` is the naive resolver baseline. Traces and metrics as
 * the process's environment sets them (off unless an OTEL_* endpoint or
 * METRICS is set), or as `options.signals` sets them (several services in
 * one process, each with its own settings).
 */
export async function startOurs(
  settings: Neo4jSettings,
  options: { batching: boolean; signals?: SignalSettings },
): Promise<RunningSystem> {
  const graph = openGraph(settings);
  const service = await createService({
    graph,
    logger: createLogger('warn'),
    bodyLimit: '1mb',
    introspection: false,
    batching: options.batching,
    // The harness reads round trips from `x-debug-stats` without a token.
    debugStats: 'everyone',
    signals: options.signals ?? signalSettingsFromEnvironment(process.env),
    // No shape asks for network analytics; analysing the whole network from
    // start-up would compete for the cores with the first loads of every system.
    analytics: { warm: false },
  });
  const port = await service.listen(0);
  return {
    url: `http://127.0.0.1:${port}`,
    pid: process.pid,
    stop: async () => {
      await service.stop();
      await graph.driver.close();
    },
  };
}
