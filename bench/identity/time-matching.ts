import { findDuplicates, matchAgainst } from '../../src/matching/find-matches.js';
import { labelledSet } from './labelled-set.js';

/**
 * `node dist/bench/identity/time-matching.js`: one timed matching of the
 * 60,000 organisations `bench:identity` uses (30,000 bases and a variant
 * each), as an import (variants against bases) and over the whole graph,
 * printed as one JSON line: wall and CPU milliseconds of each. Meant for
 * runs of two builds in turn (before and after a change) on a shared
 * machine, and for `node --cpu-prof`.
 */
const SEED = 19;
const large = labelledSet(30_000, SEED);
const variants = large.variants.map((variant) => variant.record);
const all = [...large.base, ...variants];
const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const timed = <T>(work: () => T): { result: T; wallMs: number; cpuMs: number } => {
  const started = performance.now();
  const cpu = cpuMs();
  const result = work();
  return {
    result,
    wallMs: Math.round(performance.now() - started),
    cpuMs: Math.round(cpuMs() - cpu),
  };
};
const asImport = timed(() => matchAgainst(large.base, variants));
const wholeGraph = timed(() => findDuplicates(all));
console.log(
  JSON.stringify({
    organisations: all.length,
    importWallMs: asImport.wallMs,
    importCpuMs: asImport.cpuMs,
    linked: asImport.result.filter((decision) => decision.link).length,
    queued: asImport.result.reduce((sum, decision) => sum + decision.candidates.length, 0),
    wholeGraphWallMs: wholeGraph.wallMs,
    wholeGraphCpuMs: wholeGraph.cpuMs,
    pairs: wholeGraph.result.length,
  }),
);
