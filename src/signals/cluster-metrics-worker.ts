import type { Registry } from 'prom-client';
import { isClusterMetricsAnswer } from './cluster-metrics-messages.js';

/** Longer than prom-client's own 5 s wait for the workers' answers, so its error arrives first. */
const ANSWER_TIMEOUT_MS = 10_000;

/**
 * A worker's part of `/metrics` with several workers: it lets the primary
 * read `registry` (prom-client answers the primary's requests once an
 * AggregatorRegistry exists in the worker) and returns how to ask the
 * primary for the text of all workers together.
 */
export async function clusterMetricsOf(registry: Registry): Promise<() => Promise<string>> {
  const client = await import('prom-client');
  client.AggregatorRegistry.setRegistries([registry]);
  // Constructed for its side effect: it starts answering the primary's requests.
  new client.AggregatorRegistry();

  let nextId = 0;
  const waiting = new Map<number, (answer: { text?: string; error?: string }) => void>();
  process.on('message', (message: unknown) => {
    if (!isClusterMetricsAnswer(message)) return;
    waiting.get(message.requestId)?.(message);
  });

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
