import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { defaultWorkers, MAX_WORKERS } from '../../src/workers/default-workers.js';

describe('WORKERS', () => {
  it('takes a whole number from 1 to the maximum', () => {
    expect(loadConfig({ WORKERS: '3' }).workers).toBe(3);
    expect(loadConfig({ WORKERS: String(MAX_WORKERS) }).workers).toBe(MAX_WORKERS);
  });

  it.each(['0', '-1', '1.5', 'many', String(MAX_WORKERS + 1), '1e9'])(
    'refuses %s with the variable name',
    (value) => {
      expect(() => loadConfig({ WORKERS: value })).toThrow(/WORKERS: /);
    },
  );

  it('defaults to one per core with an external database, half the cores beside a local Neo4j', () => {
    expect(defaultWorkers(true, 8)).toBe(8);
    expect(defaultWorkers(false, 8)).toBe(4);
    expect(defaultWorkers(false, 2)).toBe(1);
    expect(defaultWorkers(false, 1)).toBe(1);
    expect(defaultWorkers(true, 1)).toBe(1);
    expect(defaultWorkers(true, 512)).toBe(MAX_WORKERS);
  });

  it('uses the default rule when unset', () => {
    expect(loadConfig({}).workers).toBe(defaultWorkers(false));
    expect(
      loadConfig({ NEO4J_URI: 'neo4j+s://example.databases.neo4j.io', NEO4J_PASSWORD: 'x' })
        .workers,
    ).toBe(defaultWorkers(true));
  });
});
