import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { analyseNetwork } from '../../src/analytics/analyse-network.js';
import { networkEvolution } from '../../src/analytics/network-evolution.js';
import type { NetworkSlice } from '../../src/analytics/network-slice.js';
import {
  analysisTransferList,
  organisationTable,
  packAnalysis,
  unpackAnalysis,
} from '../../src/analytics/packed-analysis.js';
import { packSlice, transferListOf, unpackSlice } from '../../src/analytics/packed-slice.js';
import { readNetworkSlice } from '../../src/analytics/read-network-slice.js';
import { sliceFilterOf } from '../../src/analytics/slice-filter.js';
import type { NetworkFilter } from '../../src/model/network-filter.input.js';
import { openBenchGraph } from '../bench-graph.js';
import { isScaleName, type ScaleName } from '../dataset/scales.js';
import { PROGRAMME_PERIOD } from './analytics-shapes.js';
import { datasetSlice } from './dataset-slice.js';

const MIB = 1024 * 1024;

interface StageRow {
  stage: string;
  ms: number;
  /** Resident memory when the stage ended. */
  rssMiB: number;
  heapMiB: number;
}

/**
 * `node --expose-gc dist/bench/analytics/profile-analysis.js --scale cordis [--slice programme] [--database]`:
 * the analysis of the whole network (or of one programme period) of a
 * generated dataset, stage by stage, on this thread: the time of each stage
 * and the process's resident memory after it, including the copies a worker
 * thread makes (the slice in, the result out). The slice is made in memory
 * from the generated dataset, or with `--database` read from the benchmark
 * database (NEO4J_URI, else the local benchmark store) by the service's own
 * statements, which are then timed too. Run it with `--cpu-prof` for a
 * profile of the same work.
 */
interface Options {
  scale: string;
  seed: number;
  slice: string;
  database?: boolean;
  filter?: string;
  out?: string;
}

const program = new Command()
  .name('profile-analysis')
  .option('--scale <scale>', 'small | medium | cordis', 'cordis')
  .option('--seed <n>', 'dataset seed', (value: string) => Number.parseInt(value, 10), 1)
  .option('--slice <slice>', 'whole | programme', 'whole')
  .option('--database', 'read the slice from the benchmark database')
  .option('--filter <json>', 'with --database: the slice of this NetworkFilter (JSON) instead')
  .option('--out <file>', 'also write the rows as JSON here')
  .action(async (options: Options) => {
    if (!isScaleName(options.scale)) throw new Error('--scale: small, medium or cordis');
    const scale: ScaleName = options.scale;
    const period = options.slice === 'programme' ? PROGRAMME_PERIOD : undefined;
    const rows: StageRow[] = [];
    let last = performance.now();
    const stageDone = (stage: string): void => {
      const now = performance.now();
      const memory = process.memoryUsage();
      const row = {
        stage,
        ms: now - last,
        rssMiB: memory.rss / MIB,
        heapMiB: memory.heapUsed / MIB,
      };
      rows.push(row);
      // As it goes, so a long run shows where it is.
      console.error(`${stage}: ${row.ms.toFixed(0)} ms, RSS ${row.rssMiB.toFixed(0)} MiB`);
      last = performance.now();
    };
    let slice: NetworkSlice;
    if (options.database) {
      const bench = await openBenchGraph({ log: (line) => console.error(line) });
      try {
        await bench.graph.read('analytics/write-epoch', {});
        last = performance.now();
        const filter = options.filter
          ? (JSON.parse(options.filter) as NetworkFilter)
          : (period ?? null);
        const read = await readNetworkSlice(bench.graph, sliceFilterOf(filter), stageDone);
        slice = unpackSlice(read.slice);
        stageDone('unpack the slice (worker thread)');
      } finally {
        await bench.close();
      }
    } else {
      slice = datasetSlice(scale, options.seed, period);
    }
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    last = performance.now();
    stageDone('start (slice in memory)');
    // The crossings to and from the worker thread as the service makes them.
    const packed = packSlice(slice);
    stageDone('pack the slice (service thread)');
    const crossed = structuredClone(packed, { transfer: transferListOf(packed) });
    const table = organisationTable(crossed.organisationColumns);
    const copied = unpackSlice(crossed);
    stageDone('copy and unpack the slice (worker)');
    const analysis = analyseNetwork(copied, 1, stageDone);
    const numberOf = new Map<string, number>();
    table.ids.forEach((id, number) => numberOf.set(id, number));
    const packedResult = packAnalysis(analysis, numberOf);
    stageDone('pack the result (worker)');
    const result = await unpackAnalysis(
      structuredClone(packedResult, { transfer: analysisTransferList(packedResult) }),
      table,
    );
    stageDone('copy and unpack the result (service thread)');
    const json = JSON.stringify(result).length;
    stageDone('result as JSON (size only)');
    networkEvolution(copied, 1);
    stageDone('evolution (year by year)');
    gc?.();
    stageDone('after GC');
    const pairs = slice.projects.reduce(
      (sum, project) => sum + (project.memberIds.length * (project.memberIds.length - 1)) / 2,
      0,
    );
    const summary = {
      scale,
      slice: options.slice,
      organisations: analysis.shape.organisations,
      projects: slice.projects.length,
      participations: slice.projects.reduce((sum, p) => sum + p.memberIds.length, 0),
      pairsCounted: pairs,
      ties: analysis.shape.ties,
      betweennessSampleSize: analysis.betweennessSampleSize,
      pathLengthSampleSize: analysis.shape.pathLengthSampleSize,
      backboneTies: analysis.backbone.length,
      resultJsonMiB: Math.round((json / MIB) * 10) / 10,
      analysisMs: Math.round(analysis.computeMs),
    };
    console.log(JSON.stringify(summary, null, 2));
    console.log('| stage | ms | RSS after (MiB) | heap after (MiB) |');
    console.log('| --- | ---: | ---: | ---: |');
    for (const row of rows) {
      console.log(
        `| ${row.stage} | ${row.ms.toFixed(0)} | ${row.rssMiB.toFixed(0)} | ${row.heapMiB.toFixed(0)} |`,
      );
    }
    if (options.out) writeFileSync(options.out, `${JSON.stringify({ summary, rows }, null, 2)}\n`);
  });

await program.parseAsync();
