import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '../logger.js';
import {
  isClusterMetricsPart,
  isClusterMetricsReady,
  isClusterMetricsRequest,
  type ClusterMetricsAnswer,
  type ClusterMetricsCollect,
  type WorkerRegistryJson,
} from './cluster-metrics-messages.js';

/** How long a scrape waits for a worker's registry before answering without it. */
const PART_TIMEOUT_MS = 3_000;

/**
 * The primary's part of `/metrics` with several workers: the primary serves
 * no HTTP, so the worker that receives a scrape asks it, and it collects the
 * registries of the workers that have said they can answer and aggregates
 * them with prom-client's `AggregatorRegistry.aggregate` (counters and
 * histograms summed, process metrics by their own rule). A worker that is
 * still starting, or does not answer within PART_TIMEOUT_MS, is left out of
 * that scrape instead of failing it; `cluster_workers` and
 * `cluster_workers_reporting` say how many were alive and how many are
 * counted. Loaded only with METRICS=true.
 */
export async function aggregateWorkerMetrics(logger: Logger): Promise<void> {
  const client = await import('prom-client');
  const reporting = new Set<number>();
  const collecting = new Map<number, (metrics: WorkerRegistryJson) => void>();
  let nextCollectId = 0;

  const collectParts = (workers: Worker[]): Promise<WorkerRegistryJson[]> =>
    new Promise((resolve) => {
      const collectId = nextCollectId++;
      const parts: WorkerRegistryJson[] = [];
      let pending = workers.length;
      const finish = () => {
        clearTimeout(timer);
        collecting.delete(collectId);
        resolve(parts);
      };
      const timer = setTimeout(finish, PART_TIMEOUT_MS);
      collecting.set(collectId, (metrics) => {
        parts.push(metrics);
        if (--pending === 0) finish();
      });
      if (pending === 0) finish();
      const collect: ClusterMetricsCollect = { type: 'civprot-metrics-collect', collectId };
      for (const worker of workers) worker.send(collect);
    });

  const gather = async (): Promise<string> => {
    const alive = Object.values(cluster.workers ?? {}).filter(
      (worker): worker is Worker => worker !== undefined && worker.isConnected(),
    );
    const parts = await collectParts(alive.filter((worker) => reporting.has(worker.id)));
    const registry = client.AggregatorRegistry.aggregate(parts);
    new client.Gauge({
      name: 'cluster_workers',
      help: 'Workers alive when this scrape was gathered.',
      registers: [registry],
    }).set(alive.length);
    new client.Gauge({
      name: 'cluster_workers_reporting',
      help: 'Workers whose metrics this scrape counts (one still starting is left out).',
      registers: [registry],
    }).set(parts.length);
    return registry.metrics();
  };

  cluster.on('exit', (worker) => reporting.delete(worker.id));
  cluster.on('message', (worker: Worker, message: unknown) => {
    if (isClusterMetricsReady(message)) {
      reporting.add(worker.id);
      return;
    }
    if (isClusterMetricsPart(message)) {
      collecting.get(message.collectId)?.(message.metrics);
      return;
    }
    if (!isClusterMetricsRequest(message)) return;
    const answer = (fields: Partial<ClusterMetricsAnswer>): void => {
      if (!worker.isConnected()) return;
      worker.send({ type: 'civprot-metrics-answer', requestId: message.requestId, ...fields });
    };
    gather()
      .then((text) => answer({ text }))
      .catch((error: unknown) => {
        logger.warn({ err: error, worker: worker.id }, 'could not gather the workers’ metrics');
        answer({ error: (error as Error).message });
      });
  });
}
