/**
 * The layers a request passes through, as the fixed-cost breakdown names
 * them: each layer of a profile summary (a package, a file of ours, Node's
 * runtime, V8's entries) falls in one group.
 */
const OURS: ReadonlyArray<[RegExp, string]> = [
  [
    /^src\/http\/(request-id|api-headers\.middleware|shutdown-gate)$/,
    'our middleware: request id, API headers, shutdown gate',
  ],
  [/^src\/http\/admission\.middleware$/, 'our middleware: admission (request slots)'],
  [/^src\/limits\/selection-width\.middleware$/, 'our middleware: selection-width guard'],
  [/^src\/limits\//, 'our plugin: limits and cost'],
  [/^src\/http\/request-log\.plugin$/, 'our plugin: operation log'],
  [
    /^src\/(http\/query-stats\.plugin|causal\/bookmark\.plugin)$/,
    'our plugins: debug stats, bookmarks',
  ],
  [/^src\/http\/mask-error$/, 'our error masking'],
  [/^src\/auth\//, 'our auth'],
  [/^src\/trusted-documents\//, 'our trusted documents'],
  [/^src\/signals\//, 'our signals (traces, metrics)'],
  [/^src\/(context|loaders\/|graph\/|causal\/)/, 'our context, loaders and graph client'],
  [/^src\/server$/, 'our service wiring (context function, result JSON)'],
  [/^src\//, 'our resolvers and the rest of src/'],
  [/^bench\//, 'benchmark system wiring'],
];

const PACKAGES: ReadonlyArray<[ReadonlySet<string>, string]> = [
  [
    new Set([
      'body-parser',
      'raw-body',
      'iconv-lite',
      'type-is',
      'content-type',
      'media-typer',
      'bytes',
      'unpipe',
      'safer-buffer',
      'mime-types',
      'mime-db',
    ]),
    'Express JSON body parser',
  ],
  [new Set(['type-graphql', 'class-validator', 'graphql-scalars']), 'type-graphql'],
  [new Set(['graphql-jit', 'fast-json-stringify', 'generate-function']), 'graphql-jit'],
  [new Set(['dataloader', 'p-retry']), 'our context, loaders and graph client'],
  [new Set(['neo4j-driver', 'neo4j-driver-core', 'neo4j-driver-bolt-connection']), 'neo4j-driver'],
  [
    new Set(['@apollo/server', '@as-integrations/express5', 'negotiator', 'whatwg-mimetype']),
    'Apollo Server and its Express integration',
  ],
];

const V8: Readonly<Record<string, string>> = {
  '(garbage collector)': 'garbage collector',
  '(program)': 'V8 (program)',
  '(idle)': 'idle',
  'Node runtime': 'Node: HTTP parser, sockets, event loop',
  'socket writes': 'socket writes (writev system call)',
};

export function groupOf(layer: string): string {
  for (const [pattern, group] of OURS) if (pattern.test(layer)) return group;
  for (const [names, group] of PACKAGES) if (names.has(layer)) return group;
  if (layer.startsWith('@apollo/') || layer.startsWith('@graphql-tools/')) {
    return 'Apollo Server and its Express integration';
  }
  if (V8[layer]) return V8[layer];
  return 'Express and other packages';
}

/** The groups in the order a request meets them (for tables). */
export const GROUP_ORDER: readonly string[] = [
  'Node: HTTP parser, sockets, event loop',
  'Express and other packages',
  'our middleware: request id, API headers, shutdown gate',
  'Express JSON body parser',
  'our middleware: selection-width guard',
  'our middleware: admission (request slots)',
  'our auth',
  'our trusted documents',
  'our signals (traces, metrics)',
  'Apollo Server and its Express integration',
  'our service wiring (context function, result JSON)',
  'our context, loaders and graph client',
  'our plugin: limits and cost',
  'our plugin: operation log',
  'our plugins: debug stats, bookmarks',
  'our error masking',
  'graphql-jit',
  'type-graphql',
  'neo4j-driver',
  'our resolvers and the rest of src/',
  'benchmark system wiring',
  'socket writes (writev system call)',
  'garbage collector',
  'V8 (program)',
];

/** Milliseconds charged to each group. */
export function groupCharges(charged: ReadonlyMap<string, number>): Map<string, number> {
  const groups = new Map<string, number>();
  for (const [layer, ms] of charged) {
    const group = groupOf(layer);
    groups.set(group, (groups.get(group) ?? 0) + ms);
  }
  return groups;
}
