import { afterAll, beforeAll } from 'vitest';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { buildCommandLineTools } from './cli-process.js';
import { startServiceProcess, type ServiceProcess } from './service-process.js';
import { openTestGraph, resetAndSeed } from './test-graph.js';
import { setUpValue } from './set-up-value.js';

/** The graph and the service process of a test file, available once its `beforeAll` has run. */
export interface SeededServiceProcess {
  readonly graph: GraphClient;
  readonly service: ServiceProcess;
}

/**
 * The set-up of a test file that runs the service as `npm start` does: the
 * command-line build, the test graph emptied and seeded, and `dist/src/main.js`
 * started with `env` on it; stopped (SIGTERM) and closed after the file.
 * Call at the top of a `describe`.
 */
export function useSeededServiceProcess(env: Record<string, string>): SeededServiceProcess {
  let graph: GraphClient | undefined;
  let service: ServiceProcess | undefined;
  beforeAll(async () => {
    buildCommandLineTools();
    graph = openTestGraph();
    await resetAndSeed(graph);
    service = await startServiceProcess(env);
    // Compiling and starting processes: minutes on a loaded build machine.
  }, 900_000);
  afterAll(async () => {
    await service?.stop();
    await graph?.driver.close();
  });
  return {
    get graph() {
      return setUpValue(graph, 'the graph');
    },
    get service() {
      return setUpValue(service, 'the service');
    },
  };
}
