import 'reflect-metadata';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { AnalysisRunner } from '../../src/analytics/analysis-runner.js';
import { packSlice } from '../../src/analytics/packed-slice.js';
import type { NetworkSlice, SliceProject } from '../../src/analytics/network-slice.js';
import { Prng } from '../dataset/prng.js';

/**
 * `node dist/bench/analytics/measure-analysis.js [organisations] [projects]`:
 * the whole-network analysis on a CORDIS-shaped slice made in memory (60,000
 * organisations, 35,000 projects of 2–40 partners drawn with a heavy tail),
 * without the database: how long the worker thread takes, the process's peak
 * memory, and the longest event-loop stall of this thread meanwhile.
 */
async function main(): Promise<void> {
  const organisations = Number(process.argv[2] ?? 60_000);
  const projectCount = Number(process.argv[3] ?? 35_000);
  const prng = new Prng(1);
  const ids = Array.from({ length: organisations }, (_, i) => `org-${String(i).padStart(6, '0')}`);
  // Heavy tail: organisation i is drawn with weight 1/(i+1)^0.8, via its cumulative share.
  const weights = ids.map((_, i) => 1 / (i + 1) ** 0.8);
  const cumulative: number[] = [];
  weights.reduce((sum, weight, i) => (cumulative[i] = sum + weight), 0);
  const total = cumulative.at(-1)!;
  const draw = (): string => {
    const target = prng.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return ids[low]!;
  };
  const projects: SliceProject[] = Array.from({ length: projectCount }, (_, i) => {
    const size = Math.min(40, 2 + Math.floor(-Math.log(1 - prng.next()) * 7));
    const members = new Set<string>();
    while (members.size < size) members.add(draw());
    const start = 2005 + (i % 20);
    return {
      id: `project-${i}`,
      startYear: start,
      endYear: start + 3,
      memberIds: [...members].sort(),
      funders: [{ id: `fund-${i % 300}`, name: `Fund ${i % 300}` }],
    };
  });
  const used = [...new Set(projects.flatMap((project) => project.memberIds))].sort();
  const slice: NetworkSlice = {
    projects,
    organisations: used.map((id, i) => ({
      id,
      name: `Organisation ${id}`,
      acronym: null,
      kind: 'company',
      countryCode: ['DE', 'FR', 'IT', 'ES', 'NL', 'BE', 'PL', 'SE'][i % 8]!,
    })),
  };
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 100);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  const runner = new AnalysisRunner();
  delay.enable();
  const started = performance.now();
  const { rest: analysis } = await runner.run({
    kind: 'analysis',
    slice: packSlice(slice),
    seed: 1,
  });
  const analysisMs = performance.now() - started;
  const evolutionStarted = performance.now();
  await runner.run({ kind: 'evolution', slice: packSlice(slice), yearsPerPeriod: 1 });
  const evolutionMs = performance.now() - evolutionStarted;
  delay.disable();
  clearInterval(sampler);
  await runner.close();
  console.log(
    JSON.stringify(
      {
        organisations: analysis.shape.organisations,
        ties: analysis.shape.ties,
        communities: analysis.communities.length,
        betweennessSampleSize: analysis.betweennessSampleSize,
        inWorker: runner.inWorker,
        analysisMs: Math.round(analysisMs),
        workerComputeMs: Math.round(analysis.computeMs),
        evolutionMs: Math.round(evolutionMs),
        peakRssMiB: Math.round(peak / 1024 / 1024),
        maxEventLoopStallMs: Math.round(delay.max / 1e6),
      },
      null,
      2,
    ),
  );
}

await main();
