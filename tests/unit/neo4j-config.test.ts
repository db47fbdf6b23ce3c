import { describe, expect, it } from 'vitest';
import { renderNeo4jConf } from '../../src/neo4j-local/neo4j-config.js';

/** The `key=value` lines of a neo4j.conf, failing on a key set twice. */
function settingsOf(conf: string): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const line of conf.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const equals = line.indexOf('=');
    const key = line.slice(0, equals);
    expect(settings, `"${key}" is set once`).not.toHaveProperty([key]);
    settings[key] = line.slice(equals + 1);
  }
  return settings;
}

describe('renderNeo4jConf', () => {
  const conf = renderNeo4jConf({ boltPort: 7999, heapSize: '512m', pageCacheSize: '64m' });
  const settings = settingsOf(conf);

  it('listens for Bolt on loopback only, on the chosen port', () => {
    expect(settings['server.default_listen_address']).toBe('127.0.0.1');
    expect(settings['server.bolt.enabled']).toBe('true');
    expect(settings['server.bolt.listen_address']).toBe('127.0.0.1:7999');
    expect(settings['server.bolt.advertised_address']).toBe('127.0.0.1:7999');
  });

  it('turns HTTP, HTTPS and usage reporting off, and authentication on', () => {
    expect(settings['server.http.enabled']).toBe('false');
    expect(settings['server.https.enabled']).toBe('false');
    expect(settings['dbms.usage_report.enabled']).toBe('false');
    expect(settings['dbms.security.auth_enabled']).toBe('true');
  });

  it('sets fixed memory sizes', () => {
    expect(settings['server.memory.heap.initial_size']).toBe('512m');
    expect(settings['server.memory.heap.max_size']).toBe('512m');
    expect(settings['server.memory.pagecache.size']).toBe('64m');
  });

  it('starts with a comment and ends with a newline', () => {
    expect(conf.startsWith('# ')).toBe(true);
    expect(conf.endsWith('\n')).toBe(true);
  });

  it('lets extra settings override a default, once, and adds new ones', () => {
    const custom = settingsOf(
      renderNeo4jConf({
        boltPort: 7999,
        heapSize: '512m',
        pageCacheSize: '64m',
        extra: { 'server.memory.pagecache.size': '1g', 'db.logs.query.enabled': 'OFF' },
      }),
    );
    expect(custom['server.memory.pagecache.size']).toBe('1g');
    expect(custom['db.logs.query.enabled']).toBe('OFF');
    expect(custom['server.http.enabled']).toBe('false');
  });
});
