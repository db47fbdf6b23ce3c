/**
 * What a worker and the primary say to each other about metrics under
 * `npm start` with WORKERS > 1: the worker that received a scrape asks the
 * primary for every worker's metrics together, and the primary answers with
 * the aggregated text (or why it could not).
 */
export interface ClusterMetricsRequest {
  type: 'civprot-metrics-request';
  requestId: number;
}

export interface ClusterMetricsAnswer {
  type: 'civprot-metrics-answer';
  requestId: number;
  text?: string;
  error?: string;
}

function hasType(message: unknown, type: string): boolean {
  return (
    typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type
  );
}

export function isClusterMetricsRequest(message: unknown): message is ClusterMetricsRequest {
  return hasType(message, 'civprot-metrics-request');
}

export function isClusterMetricsAnswer(message: unknown): message is ClusterMetricsAnswer {
  return hasType(message, 'civprot-metrics-answer');
}
