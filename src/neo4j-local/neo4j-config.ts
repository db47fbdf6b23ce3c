/** What a local Neo4j server is configured with; written to `<home>/conf/neo4j.conf`. */
export interface Neo4jServerSettings {
  boltPort: number;
  heapSize: string;
  pageCacheSize: string;
  /** Extra `key=value` settings, appended last so they override the defaults. */
  extra?: Record<string, string>;
}

/**
 * Renders neo4j.conf: Bolt on loopback only, HTTP and HTTPS off, usage
 * reporting off, explicit memory sizes, authentication on.
 */
export function renderNeo4jConf(settings: Neo4jServerSettings): string {
  const lines: Record<string, string> = {
    'server.default_listen_address': '127.0.0.1',
    'server.default_advertised_address': '127.0.0.1',
    'server.bolt.enabled': 'true',
    'server.bolt.listen_address': `127.0.0.1:${settings.boltPort}`,
    'server.bolt.advertised_address': `127.0.0.1:${settings.boltPort}`,
    'server.http.enabled': 'false',
    'server.https.enabled': 'false',
    'dbms.security.auth_enabled': 'true',
    'dbms.usage_report.enabled': 'false',
    'server.memory.heap.initial_size': settings.heapSize,
    'server.memory.heap.max_size': settings.heapSize,
    'server.memory.pagecache.size': settings.pageCacheSize,
    // Small transaction logs: this database is rebuilt from seed files, not restored from logs.
    'db.tx_log.rotation.retention_policy': '2 files',
    ...settings.extra,
  };
  const body = Object.entries(lines)
    .map(([key, value]) => `${key}=${value}`)
    .join('\n');
  return `# Written by the launcher on every start; edit the launcher options instead.\n${body}\n`;
}
