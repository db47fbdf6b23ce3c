import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

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
  SEED_ON_EMPTY: booleanFlag.default(true),
  BODY_LIMIT: z.string().default('1mb'),
});

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
  };
}
