import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT, signalSettingsFromEnvironment } from '../../src/config.js';
import { defaultWorkers } from '../../src/workers/default-workers.js';

describe('loadConfig', () => {
  it('has working defaults: local Neo4j, port 4000, seed on empty', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: '0.0.0.0',
      nodeEnv: 'development',
      logLevel: 'info',
      bodyLimit: '1mb',
      seedOnEmpty: true,
      neo4j: undefined,
      database: 'neo4j',
      localNeo4j: {
        homeDir: path.join(PROJECT_ROOT, 'var', 'neo4j'),
        boltPort: 7687,
        heapSize: '1g',
        pageCacheSize: '512m',
      },
      localSupervision: {
        restart: { attempts: 5, backoffMs: 1_000, maxBackoffMs: 30_000 },
        exitOnFailure: true,
      },
      introspection: true,
      auth: {
        jwtSecret: undefined,
        jwksUrl: undefined,
        issuer: 'civprot-graph',
        audience: 'civprot-graph-api',
        reads: 'public',
        maxTokenLifetimeSeconds: 86_400,
        clockToleranceSeconds: 30,
      },
      limits: {
        depth: 12,
        cost: 50_000,
        aliases: 30,
        tokens: 5_000,
        fields: 2_000,
        selectionWidth: 100,
      },
      admission: { concurrent: 16, queued: 1_000 },
      transactionTimeoutMs: 15_000,
      imports: {
        bodyLimit: '20mb',
        concurrency: 2,
        transactionTimeoutMs: 600_000,
        retentionMs: 86_400_000,
      },
      retryMs: 2_000,
      readyCacheMs: 1_000,
      httpTimeouts: { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 },
      signals: { traces: undefined, metrics: false },
      trustedDocuments: { mode: 'also', playgroundFree: false },
      analytics: { maxSliceTies: 1_000_000, warm: true },
      // Half the cores when the service starts its own Neo4j (tests/unit/workers-config.test.ts).
      workers: defaultWorkers(false),
      shutdownGraceMs: 30_000,
    });
  });

  it('reads the OpenTelemetry traces settings, every request traced unless a sampler says otherwise', () => {
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).signals).toEqual({
      traces: {
        tracesUrl: 'http://collector:4318/v1/traces',
        serviceName: 'civprot-graph',
        sampling: { sampler: 'parentbased_always_on', ratio: 1 },
      },
      metrics: false,
    });
    const sampled = signalSettingsFromEnvironment({
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/traces',
      OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
      OTEL_TRACES_SAMPLER_ARG: '0.25',
    });
    expect(sampled.traces?.sampling).toEqual({ sampler: 'parentbased_traceidratio', ratio: 0.25 });
    expect(sampled.traces?.tracesUrl).toBe('http://collector:4318/traces');
    // Without an endpoint, no traces whatever the sampler.
    expect(loadConfig({ OTEL_TRACES_SAMPLER: 'always_on' }).signals.traces).toBeUndefined();
  });

  it('refuses an unknown sampler and a ratio outside 0..1, naming the variable', () => {
    expect(() => loadConfig({ OTEL_TRACES_SAMPLER: 'jaeger_remote' })).toThrow(
      /Invalid configuration:\n\s+OTEL_TRACES_SAMPLER: /,
    );
    expect(() => signalSettingsFromEnvironment({ OTEL_TRACES_SAMPLER_ARG: '1.5' })).toThrow(
      /Invalid configuration:\n\s+OTEL_TRACES_SAMPLER_ARG: /,
    );
    expect(() => loadConfig({ OTEL_TRACES_SAMPLER_ARG: 'half' })).toThrow(
      /OTEL_TRACES_SAMPLER_ARG: /,
    );
  });

  it('takes a blank sampler ratio as unset (every request traced), not as 0', () => {
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };
    for (const blank of ['', ' ', '\t']) {
      const settings = signalSettingsFromEnvironment({
        ...endpoint,
        OTEL_TRACES_SAMPLER: 'traceidratio',
        OTEL_TRACES_SAMPLER_ARG: blank,
      });
      expect(settings.traces?.sampling?.ratio).toBe(1);
    }
  });

  it('reads the HTTP timeouts and token rules, refusing a headers timeout beyond the request timeout', () => {
    const config = loadConfig({
      HTTP_HEADERS_TIMEOUT_MS: '2000',
      HTTP_REQUEST_TIMEOUT_MS: '4000',
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000',
      AUTH_MAX_TOKEN_LIFETIME_S: '3600',
      AUTH_CLOCK_TOLERANCE_S: '5',
    });
    expect(config.httpTimeouts).toEqual({ headersMs: 2000, requestMs: 4000, keepAliveMs: 1000 });
    expect(config.auth).toMatchObject({ maxTokenLifetimeSeconds: 3600, clockToleranceSeconds: 5 });
    expect(() =>
      loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '40000', HTTP_REQUEST_TIMEOUT_MS: '30000' }),
    ).toThrow(/HTTP_HEADERS_TIMEOUT_MS: must not exceed HTTP_REQUEST_TIMEOUT_MS \(30000\)/);
    expect(() => loadConfig({ HTTP_REQUEST_TIMEOUT_MS: '0' })).toThrow(/HTTP_REQUEST_TIMEOUT_MS: /);
    expect(() => loadConfig({ AUTH_MAX_TOKEN_LIFETIME_S: '10' })).toThrow(
      /AUTH_MAX_TOKEN_LIFETIME_S: /,
    );
  });

  it('turns introspection off in production unless told', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }).introspection).toBe(true);
  });

  it('refuses a short token secret and a malformed JWKS URL, naming them', () => {
    expect(() => loadConfig({ AUTH_JWT_SECRET: 'short' })).toThrow(
      /AUTH_JWT_SECRET: must be at least 32/,
    );
    expect(() => loadConfig({ AUTH_JWKS_URL: 'not a url' })).toThrow(/AUTH_JWKS_URL: /);
    expect(() => loadConfig({ LIMIT_DEPTH: '0' })).toThrow(/LIMIT_DEPTH: /);
  });

  it('reads numbers and flags from strings', () => {
    const config = loadConfig({ PORT: '8080', SEED_ON_EMPTY: 'no', NEO4J_LOCAL_BOLT_PORT: '7700' });
    expect(config.port).toBe(8080);
    expect(config.seedOnEmpty).toBe(false);
    expect(config.localNeo4j.boltPort).toBe(7700);
    expect(
      loadConfig({ MAX_CONCURRENT_REQUESTS: '4', MAX_QUEUED_REQUESTS: '0' }).admission,
    ).toEqual({ concurrent: 4, queued: 0 });
    expect(
      loadConfig({ ANALYTICS_MAX_SLICE_TIES: '20', ANALYTICS_WARM: 'false' }).analytics,
    ).toEqual({ maxSliceTies: 20, warm: false });
  });

  it('names the variable when a value is invalid', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/Invalid configuration:\n\s+PORT: /);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT: /);
    expect(() => loadConfig({ SEED_ON_EMPTY: 'maybe' })).toThrow(/SEED_ON_EMPTY: /);
    expect(() => loadConfig({ MAX_CONCURRENT_REQUESTS: '0' })).toThrow(/MAX_CONCURRENT_REQUESTS: /);
    expect(() => loadConfig({ IMPORT_BODY_LIMIT: 'lots' })).toThrow(/IMPORT_BODY_LIMIT: /);
    expect(() => loadConfig({ IMPORT_CONCURRENCY: '0' })).toThrow(/IMPORT_CONCURRENCY: /);
    expect(() => loadConfig({ IMPORT_TX_TIMEOUT_MS: '-1' })).toThrow(/IMPORT_TX_TIMEOUT_MS: /);
    expect(() => loadConfig({ ANALYTICS_MAX_SLICE_TIES: '0' })).toThrow(
      /ANALYTICS_MAX_SLICE_TIES: /,
    );
    expect(() => loadConfig({ ANALYTICS_MAX_SLICE_TIES: '1e9' })).toThrow(
      /ANALYTICS_MAX_SLICE_TIES: /,
    );
    expect(() => loadConfig({ ANALYTICS_WARM: 'sometimes' })).toThrow(/ANALYTICS_WARM: /);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' })).toThrow(
      /NEO4J_URI: must be a bolt:\/\//,
    );
  });

  it('refuses NEO4J_URI without NEO4J_PASSWORD', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db.example:7687' })).toThrow(
      'NEO4J_PASSWORD: required when NEO4J_URI is set',
    );
  });

  it('accepts an Aura URI (neo4j+s://) with its credentials', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abcd1234.databases.neo4j.io',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'civprot',
    });
    expect(config.neo4j).toEqual({
      uri: 'neo4j+s://abcd1234.databases.neo4j.io',
      user: 'reader',
      password: 'secret',
      database: 'civprot',
    });
    expect(config.database).toBe('civprot');
  });

  it('accepts an empty password when it is given explicitly', () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://localhost:7687', NEO4J_PASSWORD: '' });
    expect(config.neo4j?.password).toBe('');
  });

  it('reads how the local Neo4j is restarted and refuses a negative attempt count', () => {
    const config = loadConfig({
      NEO4J_LOCAL_RESTART_ATTEMPTS: '2',
      NEO4J_LOCAL_RESTART_BACKOFF_MS: '5000',
      // A cap below the first wait would shorten it; the first wait wins.
      NEO4J_LOCAL_RESTART_MAX_BACKOFF_MS: '100',
      NEO4J_LOCAL_EXIT_ON_FAILURE: 'false',
    });
    expect(config.localSupervision).toEqual({
      restart: { attempts: 2, backoffMs: 5_000, maxBackoffMs: 5_000 },
      exitOnFailure: false,
    });
    expect(() => loadConfig({ NEO4J_LOCAL_RESTART_ATTEMPTS: '-1' })).toThrow(
      /NEO4J_LOCAL_RESTART_ATTEMPTS/,
    );
  });
});
