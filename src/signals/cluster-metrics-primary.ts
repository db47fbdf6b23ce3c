import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '../logger.js';
import { isClusterMetricsRequest, type ClusterMetricsAnswer } from './cluster-metrics-messages.js';

/**
 * The primary's part of `/metrics` with several workers: the primary serves
 * no HTTP, so the worker that receives a scrape asks it, and it gathers the
 * registries of every worker through prom-client's AggregatorRegistry
 * (counters and histograms summed, process metrics by their own rule) and
 * answers that worker. Loaded only with METRICS=true.
 */
export async function aggregateWorkerMetrics(logger: Logger): Promise<void> {
  const client = await import('prom-client');
  const aggregator = new client.AggregatorRegistry();
  cluster.on('message', (worker: Worker, message: unknown) => {
    if (!isClusterMetricsRequest(message)) return;
    const answer = (fields: Partial<ClusterMetricsAnswer>): void => {
      if (!worker.isConnected()) return;
      worker.send({ type: 'civprot-metrics-answer', requestId: message.requestId, ...fields });
    };
    aggregator
      .clusterMetrics()
      .then((text) => answer({ text }))
      .catch((error: unknown) => {
        logger.warn({ err: error, worker: worker.id }, 'could not gather the workers’ metrics');
        answer({ error: (error as Error).message });
      });
  });
}
