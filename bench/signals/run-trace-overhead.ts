import 'reflect-metadata';
import { openGraph } from '../../src/graph/open-graph.js';
import { createLogger } from '../../src/logger.js';
import { createService } from '../../src/server.js';
import type { SignalSettings } from '../../src/signals/signals.js';
import { openBenchGraph } from '../bench-graph.js';
import { generateDataset } from '../dataset/generate.js';
import { holdsDataset } from '../dataset/loaded-dataset.js';
import { loadDataset } from '../dataset/load-dataset.js';
import { runLoad } from '../harness/load.js';
import { allShapes } from '../shapes/all-shapes.js';
import { pickFixtures } from '../shapes/fixtures.js';
import { oursRequest } from '../shapes/shape.js';
import { startOtlpSink } from './otlp-sink.js';

const SHAPES = (process.env.SHAPES ?? 'co-partners,totals').split(',');
const RUNS = Number(process.env.RUNS ?? 5);
const SECONDS = Number(process.env.SECONDS_PER_RUN ?? 8);
const CONNECTIONS = 10;

/**
 * Throughput of our service with traces off and on (exported over OTLP/HTTP
 * to a sink in this process), on the `small` generated graph: two shapes,
 * the two settings interleaved run by run so that a change of the machine's
 * load hits both alike. Prints every run and the median and spread.
 */
async function main(): Promise<void> {
  const bench = await openBenchGraph({ heapSize: '1g', pageCacheSize: '512m', log: console.log });
  const sink = await startOtlpSink();
  try {
    if (!(await holdsDataset(bench.graph, 'small', 1))) {
      await loadDataset(bench.graph, generateDataset('small', 1).paths, console.log);
    }
    const fixtures = await pickFixtures(bench.graph);
    const shapes = allShapes(fixtures).filter((shape) => SHAPES.includes(shape.name));
    const settings: Record<string, SignalSettings> = {
      off: {},
      on: { traces: { tracesUrl: sink.tracesUrl, serviceName: 'bench' } },
    };
    const rates: Record<string, number[]> = {};
    for (const shape of shapes) {
      for (let run = 0; run < RUNS; run += 1) {
        // Alternate which setting goes first, so neither always follows a warm-up.
        const order = run % 2 === 0 ? ['off', 'on'] : ['on', 'off'];
        for (const name of order) {
          const graph = openGraph(bench.settings);
          const service = await createService({
            graph,
            logger: createLogger('warn'),
            bodyLimit: '1mb',
            introspection: false,
            signals: settings[name],
          });
          const port = await service.listen(0);
          if (run === 0) {
            // One request first: the shape must answer without errors before it is measured.
            const request = oursRequest(shape);
            const answer = await fetch(`http://127.0.0.1:${port}${request.path}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(request.body),
            });
            const text = await answer.text();
            if (answer.status !== 200 || text.includes('"errors"')) {
              throw new Error(`${shape.name}: ${answer.status} ${text.slice(0, 300)}`);
            }
          }
          const result = await runLoad({
            url: `http://127.0.0.1:${port}`,
            request: oursRequest(shape),
            connections: CONNECTIONS,
            durationSeconds: SECONDS,
            warmupSeconds: 2,
          });
          await service.stop();
          await graph.driver.close();
          const key = `${shape.name} traces ${name}`;
          (rates[key] ??= []).push(result.requestsPerSecond);
          console.log(
            `${key} run ${run + 1}: ${result.requestsPerSecond.toFixed(1)} req/s, p50 ${result.latencyMs.p50} ms, errors ${result.errors}, non-2xx ${result.non2xx}, error bodies ${result.errorBodies}`,
          );
        }
      }
    }
    console.log(`\nOTLP exports received: ${sink.received.exports} (${sink.received.bytes} bytes)`);
    for (const [key, values] of Object.entries(rates)) {
      const sorted = [...values].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      console.log(
        `${key}: median ${median.toFixed(1)} req/s, min ${sorted[0]!.toFixed(1)}, max ${sorted.at(-1)!.toFixed(1)} (${values.map((v) => v.toFixed(0)).join(', ')})`,
      );
    }
  } finally {
    await sink.close();
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
