import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { findDuplicates, matchAgainst } from '../../src/matching/find-matches.js';
import { AUTO_LINK_SCORE, CANDIDATE_SCORE } from '../../src/matching/match-thresholds.js';
import { evaluateMatching } from './evaluate-matching.js';
import { labelledSet } from './labelled-set.js';
import { seedPairs } from './seed-pairs.js';

/**
 * `npm run bench:identity`: the quality of matching on the labelled set
 * (generated variants with ground truth, and the seed's real variant pairs),
 * and the time to match 60,000 organisations, three runs each. Writes
 * bench/results/identity.json.
 */
const SIZE = 5_000;
const SEED = 18;
const RUNS = 3;

const generated = evaluateMatching(labelledSet(SIZE, SEED));
const seed = evaluateMatching(seedPairs(path.join(PROJECT_ROOT, 'seed')));

// 60,000 organisations: 30,000 bases and a variant of each.
const large = labelledSet(30_000, SEED + 1);
const all = [...large.base, ...large.variants.map((variant) => variant.record)];
// Wall time, and CPU time of this process (the machine is shared: CPU time says what matching costs).
const timings = {
  importMatchMs: [] as number[],
  importMatchCpuMs: [] as number[],
  wholeGraphMatchMs: [] as number[],
  wholeGraphMatchCpuMs: [] as number[],
};
const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
let pairs = 0;
for (let run = 0; run < RUNS; run += 1) {
  let started = performance.now();
  let cpu = cpuMs();
  matchAgainst(
    large.base,
    large.variants.map((variant) => variant.record),
  );
  timings.importMatchMs.push(Math.round(performance.now() - started));
  timings.importMatchCpuMs.push(Math.round(cpuMs() - cpu));
  started = performance.now();
  cpu = cpuMs();
  pairs = findDuplicates(all).length;
  timings.wholeGraphMatchMs.push(Math.round(performance.now() - started));
  timings.wholeGraphMatchCpuMs.push(Math.round(cpuMs() - cpu));
}

const report = {
  thresholds: { autoLink: AUTO_LINK_SCORE, candidate: CANDIDATE_SCORE },
  generated: { size: SIZE, seed: SEED, quality: generated },
  seedPairs: seed,
  speed: { organisations: all.length, candidatePairs: pairs, ...timings },
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version },
};
mkdirSync(path.join(PROJECT_ROOT, 'bench/results'), { recursive: true });
writeFileSync(
  path.join(PROJECT_ROOT, 'bench/results/identity.json'),
  `${JSON.stringify(report, null, 2)}\n`,
);
const line = (name: string, q: (typeof generated)['all']) =>
  `${name.padEnd(18)} n=${String(q?.variants).padStart(5)} auto P=${q?.autoLinkPrecision.toFixed(4)} R=${q?.autoLinkRecall.toFixed(4)} queue R=${q?.queueRecall.toFixed(4)} P=${q?.queuePrecision.toFixed(3)}`;
for (const [name, quality] of Object.entries(generated)) console.log(line(name, quality));
console.log(line('seed pairs', seed.all as (typeof generated)['all']));
for (const [name, quality] of Object.entries(seed))
  if (name !== 'all') console.log(line(`  seed ${name}`, quality));
console.log(
  `60,000 organisations: import-style ${timings.importMatchMs.join(', ')} ms (CPU ${timings.importMatchCpuMs.join(', ')} ms); whole graph ${timings.wholeGraphMatchMs.join(', ')} ms (CPU ${timings.wholeGraphMatchCpuMs.join(', ')} ms; ${pairs} pairs)`,
);
