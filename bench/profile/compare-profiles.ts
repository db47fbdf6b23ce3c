import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { GROUP_ORDER, groupCharges } from './layer-groups.js';
import type { ProfileRecord } from './run-profile.js';
import { summariseProfile } from './summarise-profile.js';

/**
 * `node dist/bench/profile/compare-profiles.js before-ours-typename before-bare-typename …`:
 * the profiles in bench/profiles/ side by side, µs of main-thread CPU per
 * request charged to each layer (summarised again from the raw
 * .cpuprofile, so a change of the summary applies to old profiles too), as
 * a Markdown table.
 */
const names = process.argv.slice(2);
const dir = path.join(PROJECT_ROOT, 'bench', 'profiles');
const columns = names.map((name) => {
  const record = JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as ProfileRecord;
  const summary = summariseProfile(path.join(dir, `${name}.cpuprofile`));
  const requests = Math.max(1, record.requests);
  const groups = groupCharges(summary.charged);
  const idle = groups.get('idle') ?? 0;
  groups.delete('idle');
  return {
    name,
    record,
    us: (group: string) => Math.round(((groups.get(group) ?? 0) / requests) * 1000),
    busy: Math.round(((summary.totalMs - idle) / requests) * 1000),
    groups: [...groups.keys()],
  };
});
const rows = [...new Set(columns.flatMap((c) => c.groups))].sort((a, b) => rank(a) - rank(b));
const lines = [
  `| µs per request | ${names.join(' | ')} |`,
  `|---|${names.map(() => '---:').join('|')}|`,
  ...rows.map((row) => `| ${row} | ${columns.map((c) => c.us(row)).join(' | ')} |`),
  `| **busy, in all** | ${columns.map((c) => `**${c.busy}**`).join(' | ')} |`,
  `| requests/s while profiled | ${columns.map((c) => c.record.requestsPerSecond.toFixed(0)).join(' | ')} |`,
  `| load average (before→after) | ${columns
    .map(
      (c) => `${c.record.loadAverage.before.toFixed(1)}→${c.record.loadAverage.after.toFixed(1)}`,
    )
    .join(' | ')} |`,
];
console.log(lines.join('\n'));

function rank(group: string): number {
  const at = GROUP_ORDER.indexOf(group);
  return at === -1 ? GROUP_ORDER.length : at;
}
