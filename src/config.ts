import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_RETRY_MS } from './graph/create-driver.js';
import { DEFAULT_ADMISSION, type AdmissionLimits } from './http/admission.middleware.js';
import { DEFAULT_LIMITS } from './limits/default-limits.js';
import { DEFAULT_SERVER_TIMEOUTS, type ServerTimeouts } from './http/http-server.js';
import { DEFAULT_SHUTDOWN_GRACE_MS } from './http/shutdown-gate.js';
import { DEFAULT_TOKEN_POLICY } from './auth/token-policy.js';
import { DEFAULT_RESTART_POLICY, type RestartPolicy } from './neo4j-local/supervised-neo4j.js';
import { defaultWorkers, MAX_WORKERS } from './workers/default-workers.js';
import type { SignalSettings } from './signals/signals.js';
import { TRACE_EVERYTHING, TRACE_SAMPLERS, tracesUrlOf } from './signals/trace-settings.js';
import type { TrustedDocumentsSettings } from './trusted-documents/trusted-documents.js';
import { MAX_SLICE_TIES } from './analytics/analytics-limits.js';

/** The repository root (this file lives in src/, or dist/src/ once built). */
export const PROJECT_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  import.meta.url.includes('/dist/') ? '../..' : '..',
);

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => ['true', '1', 'yes'].includes(value));

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt://, neo4j://, neo4j+s:// … URI')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().default('neo4j'),
  NEO4J_LOCAL_HOME: z.string().default(path.join(PROJECT_ROOT, 'var', 'neo4j')),
  NEO4J_LOCAL_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_LOCAL_HEAP: z
    .string()
    .regex(/^\d+[kmg]$/i)
    .default('1g'),
  NEO4J_LOCAL_PAGECACHE: z
    .string()
    .regex(/^\d+[kmg]$/i)
    .default('512m'),
  NEO4J_LOCAL_RESTART_ATTEMPTS: z.coerce
    .number()
    .int()
    .min(0)
    .max(100)
    .default(DEFAULT_RESTART_POLICY.attempts),
  NEO4J_LOCAL_RESTART_BACKOFF_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(DEFAULT_RESTART_POLICY.backoffMs),
  NEO4J_LOCAL_RESTART_MAX_BACKOFF_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(DEFAULT_RESTART_POLICY.maxBackoffMs),
  NEO4J_LOCAL_EXIT_ON_FAILURE: booleanFlag.default(true),
  SEED_ON_EMPTY: booleanFlag.default(true),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'must be a size like "1mb" or "500kb"')
    .default('1mb'),
  INTROSPECTION: booleanFlag.optional(),
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_JWKS_URL: z.url().optional(),
  AUTH_ISSUER: z.string().min(1).default('civprot-graph'),
  AUTH_AUDIENCE: z.string().min(1).default('civprot-graph-api'),
  AUTH_READS: z.enum(['public', 'authenticated']).default('public'),
  AUTH_MAX_TOKEN_LIFETIME_S: z.coerce
    .number()
    .int()
    .min(60)
    .max(31 * 24 * 3600)
    .default(DEFAULT_TOKEN_POLICY.maxLifetimeSeconds),
  AUTH_CLOCK_TOLERANCE_S: z.coerce
    .number()
    .int()
    .min(0)
    .max(300)
    .default(DEFAULT_TOKEN_POLICY.clockToleranceSeconds),
  LIMIT_DEPTH: z.coerce.number().int().min(1).max(100).default(DEFAULT_LIMITS.depth),
  LIMIT_COST: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.cost),
  LIMIT_ALIASES: z.coerce.number().int().min(0).default(DEFAULT_LIMITS.aliases),
  LIMIT_TOKENS: z.coerce.number().int().min(100).default(DEFAULT_LIMITS.tokens),
  LIMIT_FIELDS: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.fields),
  LIMIT_SELECTION_WIDTH: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.selectionWidth),
  MAX_CONCURRENT_REQUESTS: z.coerce.number().int().min(1).default(DEFAULT_ADMISSION.concurrent),
  MAX_QUEUED_REQUESTS: z.coerce.number().int().min(0).default(DEFAULT_ADMISSION.queued),
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().min(0).default(15_000),
  IMPORT_BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'must be a size like "20mb" or "500kb"')
    .default('20mb'),
  IMPORT_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  IMPORT_TX_TIMEOUT_MS: z.coerce.number().int().min(0).default(600_000),
  IMPORT_JOB_RETENTION_S: z.coerce
    .number()
    .int()
    .min(60)
    .max(366 * 24 * 3600)
    .default(24 * 3600),
  NEO4J_RETRY_MS: z.coerce.number().int().min(0).default(DEFAULT_RETRY_MS),
  READY_CACHE_MS: z.coerce.number().int().min(0).default(1_000),
  HTTP_HEADERS_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600_000)
    .default(DEFAULT_SERVER_TIMEOUTS.headersMs),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600_000)
    .default(DEFAULT_SERVER_TIMEOUTS.requestMs),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600_000)
    .default(DEFAULT_SERVER_TIMEOUTS.keepAliveMs),
  WORKERS: z.coerce.number().int().min(1).max(MAX_WORKERS).optional(),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(DEFAULT_SHUTDOWN_GRACE_MS),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.url().optional(),
  OTEL_SERVICE_NAME: z.string().min(1).max(200).default('civprot-graph'),
  OTEL_TRACES_SAMPLER: z.enum(TRACE_SAMPLERS).default(TRACE_EVERYTHING.sampler),
  // A blank value is unset (every request traced), not a ratio of 0 that would silently trace nothing.
  OTEL_TRACES_SAMPLER_ARG: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce.number().min(0).max(1).optional(),
  ),
  METRICS: booleanFlag.default(false),
  TRUSTED_DOCUMENTS: z.enum(['off', 'also', 'only']).default('also'),
  TRUSTED_DOCUMENTS_PLAYGROUND: booleanFlag.default(false),
  ANALYTICS_MAX_SLICE_TIES: z.coerce.number().int().min(1).max(100_000_000).default(MAX_SLICE_TIES),
  ANALYTICS_WARM: booleanFlag.default(true),
});

/** Every environment variable the service reads (deployment files are checked against it). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(environmentSchema.shape);

/** Typed, validated service configuration. */
export interface Config {
  port: number;
  host: string;
  nodeEnv: 'development' | 'production' | 'test';
  logLevel: string;
  bodyLimit: string;
  seedOnEmpty: boolean;
  /** An external database; when absent the service starts its own local Neo4j. */
  neo4j?: { uri: string; user: string; password: string; database: string };
  database: string;
  localNeo4j: { homeDir: string; boltPort: number; heapSize: string; pageCacheSize: string };
  /** How the local Neo4j is restarted when it dies, and what happens when it cannot come back. */
  localSupervision: { restart: RestartPolicy; exitOnFailure: boolean };
  introspection: boolean;
  auth: AuthConfig;
  limits: QueryLimits;
  admission: AdmissionLimits;
  transactionTimeoutMs: number;
  /** Imports uploaded to `/imports`: largest file, how many run at once, their transaction timeout, how long their jobs are kept. */
  imports: {
    bodyLimit: string;
    concurrency: number;
    transactionTimeoutMs: number;
    retentionMs: number;
  };
  /** How long reads and writes retry transient failures. */
  retryMs: number;
  readyCacheMs: number;
  /** How long clients may take to send a request, and keep an idle connection. */
  httpTimeouts: ServerTimeouts;
  /** Processes serving HTTP under `npm start`; admission limits apply to each one. */
  workers: number;
  /** How long a stop waits for running requests before it cuts their connections. */
  shutdownGraceMs: number;
  /** Traces over OTLP when an endpoint is set; `GET /metrics` when METRICS is on. */
  signals: SignalSettings;
  /** Which documents run: the front ends' by hash, free ones, or both. */
  trustedDocuments: TrustedDocumentsSettings;
  /** The largest filtered network analysed on demand; whether the whole network is analysed at start. */
  analytics: { maxSliceTies: number; warm: boolean };
}

/** How bearer tokens are checked; see src/auth/. */
export interface AuthConfig {
  /** HS256 shared secret (local use); when absent and not in production, one is kept in var/. */
  jwtSecret?: string;
  /** JWKS endpoint of an identity provider (production); takes precedence over the secret. */
  jwksUrl?: string;
  issuer: string;
  audience: string;
  /** "authenticated": reads need a valid token too. */
  reads: 'public' | 'authenticated';
  /** Longest accepted lifetime (exp − iat, or exp − now without iat); default 24 h. */
  maxTokenLifetimeSeconds?: number;
  /** Clock skew allowed on exp, nbf and iat; default 30 s. */
  clockToleranceSeconds?: number;
}

/** Per-request limits; a request over any of them is refused before it reaches the database. */
export interface QueryLimits {
  depth: number;
  cost: number;
  aliases: number;
  tokens: number;
  /** Field nodes once every fragment spread is expanded (a fragment spread twice counts twice). */
  fields: number;
  /** Fields of one response name one selection set merges (own, inline, spread in), checked before validation. */
  selectionWidth: number;
}

/**
 * Reads the configuration from the environment. This is the only module that
 * reads process.env for the service; an invalid value fails start-up with the
 * variable's name and what was expected.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  if (e.NEO4J_URI && e.NEO4J_PASSWORD === undefined) {
    throw new Error('Invalid configuration:\n  NEO4J_PASSWORD: required when NEO4J_URI is set');
  }
  if (e.HTTP_HEADERS_TIMEOUT_MS > e.HTTP_REQUEST_TIMEOUT_MS) {
    throw new Error(
      `Invalid configuration:\n  HTTP_HEADERS_TIMEOUT_MS: must not exceed HTTP_REQUEST_TIMEOUT_MS (${e.HTTP_REQUEST_TIMEOUT_MS})`,
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    nodeEnv: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    bodyLimit: e.BODY_LIMIT,
    seedOnEmpty: e.SEED_ON_EMPTY,
    neo4j: e.NEO4J_URI
      ? {
          uri: e.NEO4J_URI,
          user: e.NEO4J_USER,
          password: e.NEO4J_PASSWORD ?? '',
          database: e.NEO4J_DATABASE,
        }
      : undefined,
    database: e.NEO4J_DATABASE,
    localNeo4j: {
      homeDir: path.resolve(e.NEO4J_LOCAL_HOME),
      boltPort: e.NEO4J_LOCAL_BOLT_PORT,
      heapSize: e.NEO4J_LOCAL_HEAP,
      pageCacheSize: e.NEO4J_LOCAL_PAGECACHE,
    },
    localSupervision: {
      restart: {
        attempts: e.NEO4J_LOCAL_RESTART_ATTEMPTS,
        backoffMs: e.NEO4J_LOCAL_RESTART_BACKOFF_MS,
        maxBackoffMs: Math.max(
          e.NEO4J_LOCAL_RESTART_MAX_BACKOFF_MS,
          e.NEO4J_LOCAL_RESTART_BACKOFF_MS,
        ),
      },
      exitOnFailure: e.NEO4J_LOCAL_EXIT_ON_FAILURE,
    },
    introspection: e.INTROSPECTION ?? e.NODE_ENV !== 'production',
    auth: {
      jwtSecret: e.AUTH_JWT_SECRET,
      jwksUrl: e.AUTH_JWKS_URL,
      issuer: e.AUTH_ISSUER,
      audience: e.AUTH_AUDIENCE,
      reads: e.AUTH_READS,
      maxTokenLifetimeSeconds: e.AUTH_MAX_TOKEN_LIFETIME_S,
      clockToleranceSeconds: e.AUTH_CLOCK_TOLERANCE_S,
    },
    limits: {
      depth: e.LIMIT_DEPTH,
      cost: e.LIMIT_COST,
      aliases: e.LIMIT_ALIASES,
      tokens: e.LIMIT_TOKENS,
      fields: e.LIMIT_FIELDS,
      selectionWidth: e.LIMIT_SELECTION_WIDTH,
    },
    admission: { concurrent: e.MAX_CONCURRENT_REQUESTS, queued: e.MAX_QUEUED_REQUESTS },
    transactionTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
    imports: {
      bodyLimit: e.IMPORT_BODY_LIMIT,
      concurrency: e.IMPORT_CONCURRENCY,
      transactionTimeoutMs: e.IMPORT_TX_TIMEOUT_MS,
      retentionMs: e.IMPORT_JOB_RETENTION_S * 1000,
    },
    retryMs: e.NEO4J_RETRY_MS,
    readyCacheMs: e.READY_CACHE_MS,
    httpTimeouts: {
      headersMs: e.HTTP_HEADERS_TIMEOUT_MS,
      requestMs: e.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    },
    workers: e.WORKERS ?? defaultWorkers(e.NEO4J_URI !== undefined),
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    signals: signalSettings(e),
    trustedDocuments: {
      mode: e.TRUSTED_DOCUMENTS,
      playgroundFree: e.TRUSTED_DOCUMENTS_PLAYGROUND,
    },
    analytics: { maxSliceTies: e.ANALYTICS_MAX_SLICE_TIES, warm: e.ANALYTICS_WARM },
  };
}

const signalSchema = environmentSchema.pick({
  OTEL_EXPORTER_OTLP_ENDPOINT: true,
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: true,
  OTEL_SERVICE_NAME: true,
  OTEL_TRACES_SAMPLER: true,
  OTEL_TRACES_SAMPLER_ARG: true,
  METRICS: true,
});

function signalSettings(e: z.infer<typeof signalSchema>): SignalSettings {
  const tracesUrl = tracesUrlOf(
    e.OTEL_EXPORTER_OTLP_ENDPOINT,
    e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT,
  );
  return {
    traces: tracesUrl
      ? {
          tracesUrl,
          serviceName: e.OTEL_SERVICE_NAME,
          sampling: {
            sampler: e.OTEL_TRACES_SAMPLER,
            ratio: e.OTEL_TRACES_SAMPLER_ARG ?? TRACE_EVERYTHING.ratio,
          },
        }
      : undefined,
    metrics: e.METRICS,
  };
}

/**
 * The signals alone as the environment sets them (the OTEL_* variables and
 * METRICS), for a process that builds the service itself; throws on an
 * invalid value like loadConfig.
 */
export function signalSettingsFromEnvironment(
  env: NodeJS.ProcessEnv = process.env,
): SignalSettings {
  const parsed = signalSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return signalSettings(parsed.data);
}
