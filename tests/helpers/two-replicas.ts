import { afterAll, beforeAll } from 'vitest';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { buildCommandLineTools } from './cli-process.js';
import { startServiceProcess, type ServiceProcess } from './service-process.js';
import { openTestGraph, resetAndSeed } from './test-graph.js';
import { editorToken } from './test-tokens.js';

/** Two service processes (A and B) on the seeded test Neo4j, as two replicas behind a balancer. */
export interface TwoReplicas {
  readonly graph: GraphClient;
  readonly a: ServiceProcess;
  readonly b: ServiceProcess;
  /** An editor's token, accepted by both. */
  readonly token: string;
}

/**
 * Builds the service once, seeds the graph, and starts A and B before the
 * file's tests; stops both after them. Read the fields inside tests.
 */
export function useTwoReplicas(): TwoReplicas {
  let started: Partial<TwoReplicas> = {};
  beforeAll(async () => {
    buildCommandLineTools();
    const graph = openTestGraph();
    await resetAndSeed(graph);
    const [a, b] = await Promise.all([startServiceProcess(), startServiceProcess()]);
    started = { graph, a, b, token: await editorToken() };
    // Compiling and starting processes: minutes on a loaded build machine.
  }, 900_000);
  afterAll(async () => {
    await Promise.all([started.a?.stop(), started.b?.stop()]);
    await started.graph?.driver.close();
  });
  const ready = <K extends keyof TwoReplicas>(name: K): TwoReplicas[K] => {
    const value = started[name];
    if (value === undefined) throw new Error(`useTwoReplicas: ${name} is used before beforeAll`);
    return value as TwoReplicas[K];
  };
  return {
    get graph() {
      return ready('graph');
    },
    get a() {
      return ready('a');
    },
    get b() {
      return ready('b');
    },
    get token() {
      return ready('token');
    },
  };
}
