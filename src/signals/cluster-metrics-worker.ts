import type { Registry } from 'prom-client';
import {
  isClusterMetricsAnswer,
  isClusterMetricsCollect,
  type ClusterMetricsPart,
  type ClusterMetricsReady,
} from './cluster-metrics-messages.js';

/** Longer than the primary's wait for the workers' registries, so its answer arrives first. */
const ANSWER_TIMEOUT_MS = 10_000;

/**
 * A worker's part of `/metrics` with several workers: it answers the
 * primary's collections with `registry` as JSON, tells the primary it can,
 * and returns how to ask the primary for the text of all workers together.
 */
export function clusterMetricsOf(registry: Registry): () => Promise<string> {
  let nextId = 0;
  const waiting = new Map<number, (answer: { text?: string; error?: string }) => void>();
  process.on('message', (message: unknown) => {
    if (isClusterMetricsCollect(message)) {
      void registry.getMetricsAsJSON().then((metrics) => {
        const part: ClusterMetricsPart = {
          type: 'civprot-metrics-part',
          collectId: message.collectId,
          metrics,
        };
        process.send?.(part);
      });
      return;
    }
    if (!isClusterMetricsAnswer(message)) return;
    waiting.get(message.requestId)?.(message);
  });
  const ready: ClusterMetricsReady = { type: 'civprot-metrics-ready' };
  process.send?.(ready);

  return () =>
    new Promise<string>((resolve, reject) => {
      const requestId = nextId++;
      const timer = setTimeout(() => {
        waiting.delete(requestId);
        reject(
          new Error(
            `the primary did not answer with the workers' metrics in ${ANSWER_TIMEOUT_MS} ms`,
          ),
        );
      }, ANSWER_TIMEOUT_MS);
      waiting.set(requestId, ({ text, error }) => {
        clearTimeout(timer);
        waiting.delete(requestId);
        if (text !== undefined) resolve(text);
        else reject(new Error(error ?? 'no metrics'));
      });
      process.send?.({ type: 'civprot-metrics-request', requestId });
    });
}
