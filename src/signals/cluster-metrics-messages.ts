import type { MetricObjectWithValues, MetricValue } from 'prom-client';

/** One worker's registry as prom-client's `getMetricsAsJSON()` gives it. */
export type WorkerRegistryJson = Array<MetricObjectWithValues<MetricValue<string>>>;

/**
 * What a worker and the primary say to each other about metrics under
 * `npm start` with WORKERS > 1. A worker says once that it can answer
 * (`ready`); the worker that receives a scrape asks the primary (`request`);
 * the primary collects the registries of the workers that said so
 * (`collect`, each answering with its `part`) and answers the asking worker
 * with the aggregated text, or why it could not (`answer`).
 */
export interface ClusterMetricsReady {
  type: 'civprot-metrics-ready';
}

export interface ClusterMetricsRequest {
  type: 'civprot-metrics-request';
  requestId: number;
}

export interface ClusterMetricsCollect {
  type: 'civprot-metrics-collect';
  collectId: number;
}

export interface ClusterMetricsPart {
  type: 'civprot-metrics-part';
  collectId: number;
  metrics: WorkerRegistryJson;
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

export function isClusterMetricsReady(message: unknown): message is ClusterMetricsReady {
  return hasType(message, 'civprot-metrics-ready');
}

export function isClusterMetricsRequest(message: unknown): message is ClusterMetricsRequest {
  return hasType(message, 'civprot-metrics-request');
}

export function isClusterMetricsCollect(message: unknown): message is ClusterMetricsCollect {
  return hasType(message, 'civprot-metrics-collect');
}

export function isClusterMetricsPart(message: unknown): message is ClusterMetricsPart {
  return hasType(message, 'civprot-metrics-part');
}

export function isClusterMetricsAnswer(message: unknown): message is ClusterMetricsAnswer {
  return hasType(message, 'civprot-metrics-answer');
}
