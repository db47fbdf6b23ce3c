import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import type { CpuProfile } from './summarise-profile.js';

/** Native functions the driver calls to turn Bolt bytes into strings. */
const STRING_DECODING = new Set(['utf8Slice', 'decode', 'slice']);
const SOCKET_WRITES = new Set(['writeBuffer', 'writev', 'writeUtf8String', 'writeLatin1String']);

/**
 * The group of the function a sample found on top of the stack: where the
 * CPU itself went, whoever called it (graphql-js's execution is its own
 * group here, not its caller's as in run-profile's layers).
 */
function groupOf(frame: { functionName: string; url: string }): string {
  const { functionName: name, url } = frame;
  if (name === '(garbage collector)') return 'garbage collector';
  if (SOCKET_WRITES.has(name)) return 'socket writes';
  if (name === 'stringifyResult') return 'result JSON (JSON.stringify)';
  if (
    url.includes('/node_modules/neo4j-driver') ||
    (!url.includes('/node_modules/') && STRING_DECODING.has(name))
  )
    return 'neo4j-driver: Bolt decoding';
  if (url.includes('/node_modules/graphql/')) return 'graphql-js execution';
  if (/\/node_modules\/(type-graphql|class-validator)\//.test(url)) return 'type-graphql';
  if (
    /\/node_modules\/(@apollo|@as-integrations|express|router|body-parser|raw-body|negotiator|whatwg-mimetype)\//.test(
      url,
    )
  )
    return 'Apollo Server and Express';
  if (/\/node_modules\/(dataloader|p-retry)\//.test(url)) return 'our code (src/, DataLoader)';
  if (url.includes('/src/')) return 'our code (src/, DataLoader)';
  if (url.includes('async_hooks') || name === 'promiseInitHook')
    return 'async hooks (request scope)';
  return 'Node runtime, V8 and the rest';
}

/**
 * `node dist/bench/profile/self-time.js <name> …`: each profile in
 * bench/profiles/ (its raw .cpuprofile) as the share of the main thread's
 * busy time spent in each group's own code (self time: the function on top
 * of the stack), the profiler's own work and idle time left out.
 */
const names = process.argv.slice(2);
const dir = path.join(PROJECT_ROOT, 'bench', 'profiles');
const shares = names.map((name) => {
  const profile = JSON.parse(
    readFileSync(path.join(dir, `${name}.cpuprofile`), 'utf8'),
  ) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const groups = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const top = byId.get(id);
    if (!top || top.callFrame.functionName === '(idle)') return;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      if (byId.get(at)?.callFrame.url === 'node:inspector') return;
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    total += ms;
    const group = groupOf(top.callFrame);
    groups.set(group, (groups.get(group) ?? 0) + ms);
  });
  return { name, total, groups };
});
const order = [
  ...new Set(
    shares.flatMap(({ groups }) => [...groups].sort((a, b) => b[1] - a[1]).map(([g]) => g)),
  ),
];
console.log(`| self time, % of busy | ${names.join(' | ')} |`);
console.log(`|---|${names.map(() => '---:').join('|')}|`);
for (const group of order) {
  const cells = shares.map(({ total, groups }) =>
    (((groups.get(group) ?? 0) / total) * 100).toFixed(1),
  );
  console.log(`| ${group} | ${cells.join(' | ')} |`);
}
