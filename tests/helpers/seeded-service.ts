import { afterAll, beforeAll } from 'vitest';
import type { GraphClient } from '../../src/graph/graph-client.js';
import type { DatasetFile } from '../../src/import/dataset-file.js';
import { importDatasets } from '../../src/import/import-datasets.js';
import type { ServiceOptions } from '../../src/server.js';
import { openTestGraph, resetAndSeed } from './test-graph.js';
import { startTestService, type TestService } from './test-service.js';
import { setUpValue } from './set-up-value.js';

export interface SeededServiceOptions {
  /** Datasets imported after the seed. */
  datasets?: () => DatasetFile[];
  /** Service options over the test defaults (read when the service starts). */
  service?: () => Partial<Omit<ServiceOptions, 'graph'>>;
}

/** The graph and the service of a test file, available once its `beforeAll` has run. */
export interface SeededService {
  readonly graph: GraphClient;
  readonly api: TestService;
}

/**
 * The usual set-up of a test file: a client on the test Neo4j, the graph
 * emptied and seeded (plus `datasets`), and the real HTTP service on it;
 * stopped and closed after the file. Call at the top of a `describe`.
 */
export function useSeededService(options: SeededServiceOptions = {}): SeededService {
  let graph: GraphClient | undefined;
  let api: TestService | undefined;
  beforeAll(async () => {
    graph = openTestGraph();
    await resetAndSeed(graph);
    const datasets = options.datasets?.() ?? [];
    if (datasets.length > 0) await importDatasets(graph, datasets);
    api = await startTestService(graph, options.service?.());
  });
  afterAll(async () => {
    await api?.stop();
    await graph?.driver.close();
  });
  return {
    get graph() {
      return setUpValue(graph, 'the graph');
    },
    get api() {
      return setUpValue(api, 'the service');
    },
  };
}
