import type { RequestHandler } from 'express';
import type { Counter, Histogram, Registry } from 'prom-client';
import type { GraphObserver } from '../graph/graph-observer.js';
import { workerIdentity } from '../workers/worker-identity.js';
import { clusterMetricsOf } from './cluster-metrics-worker.js';

/** Seconds; from a cached lookup (a few ms) to the longest a transaction may run by default. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** What the admission control shows of its line: requests running and waiting. */
export interface AdmissionState {
  running(): number;
  waiting(): number;
}

/**
 * The service's Prometheus metrics, in a registry of its own (two services in
 * one process count apart). prom-client is imported only when metrics are on.
 */
export class ServiceMetrics {
  private constructor(
    readonly registry: Registry,
    private readonly requests: Counter<'route' | 'method' | 'status' | 'worker'>,
    private readonly latency: Histogram<'route'>,
    private readonly errors: Counter<'code'>,
    private readonly roundTrips: Counter<'statement'>,
    private readonly statementLatency: Histogram,
    private readonly admission: { state?: AdmissionState },
    private readonly text: () => Promise<string>,
  ) {}

  /**
   * `acrossWorkers`: this process is one worker of several (WORKERS > 1), and
   * a scrape answers with every worker's metrics summed, which the primary
   * gathers; otherwise with this process's own.
   */
  static async create(options: { acrossWorkers?: boolean } = {}): Promise<ServiceMetrics> {
    const client = await import('prom-client');
    const registry = new client.Registry();
    client.collectDefaultMetrics({ register: registry });
    const admission: { state?: AdmissionState } = {};
    const metrics = new ServiceMetrics(
      registry,
      new client.Counter({
        name: 'http_requests_total',
        help: 'HTTP requests answered, by route (/graphql, /exports …), method, status and worker (0: a single process).',
        // The worker label keeps each series counting up when a worker is replaced (a new id, a new series).
        labelNames: ['route', 'method', 'status', 'worker'],
        registers: [registry],
      }),
      new client.Histogram({
        name: 'http_request_duration_seconds',
        help: 'Time from admission to the last byte of the answer, by route.',
        labelNames: ['route'],
        buckets: LATENCY_BUCKETS,
        registers: [registry],
      }),
      new client.Counter({
        name: 'graphql_errors_total',
        help: 'Errors answered to clients, by extensions.code (refusals before GraphQL ran included).',
        labelNames: ['code'],
        registers: [registry],
      }),
      new client.Counter({
        name: 'neo4j_round_trips_total',
        help: 'Statements sent to Neo4j (one round trip each), by statement name.',
        labelNames: ['statement'],
        registers: [registry],
      }),
      new client.Histogram({
        name: 'neo4j_statement_duration_seconds',
        help: 'Time of one statement, from sending it to its last record.',
        buckets: LATENCY_BUCKETS,
        registers: [registry],
      }),
      admission,
      options.acrossWorkers ? clusterMetricsOf(registry) : () => registry.metrics(),
    );
    new client.Gauge({
      name: 'admission_queue_length',
      help: 'Requests waiting for a slot in the admission control.',
      registers: [registry],
      collect() {
        this.set(admission.state?.waiting() ?? 0);
      },
    });
    new client.Gauge({
      name: 'admission_running',
      help: 'Requests holding a slot of the admission control.',
      registers: [registry],
      collect() {
        this.set(admission.state?.running() ?? 0);
      },
    });
    return metrics;
  }

  private readonly worker = String(workerIdentity().id);

  /** Where the admission control's line is read at each scrape. */
  watchAdmission(state: AdmissionState): void {
    this.admission.state = state;
  }

  countError(code: string): void {
    this.errors.inc({ code });
  }

  /** Counts and times each request of the routes it is mounted on (labelled by the mount path). */
  readonly requestMetrics: RequestHandler = (request, response, next) => {
    const route = request.baseUrl;
    const stop = this.latency.startTimer({ route });
    response.once('close', () => {
      stop();
      this.requests.inc({
        route,
        method: request.method,
        status: String(response.statusCode),
        worker: this.worker,
      });
    });
    next();
  };

  readonly observer: GraphObserver = {
    statement: async (name, run) => {
      this.roundTrips.inc({ statement: name });
      const stop = this.statementLatency.startTimer();
      try {
        return await run();
      } finally {
        stop();
      }
    },
    batch: (_loader, _size, run) => run(),
  };

  /** `GET /metrics`: the text format Prometheus scrapes (of all workers, under WORKERS > 1). */
  readonly route: RequestHandler = (_request, response, next) => {
    this.text()
      .then((text) => response.type(this.registry.contentType).send(text))
      .catch(next);
  };
}
