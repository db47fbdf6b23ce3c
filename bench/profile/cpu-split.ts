import 'reflect-metadata';
import { Command } from 'commander';
import { openBenchGraph } from '../bench-graph.js';
import { cpuSecondsOf } from '../harness/cpu-time.js';
import { runLoad } from '../harness/load.js';
import { waitUntilDatabaseIdle } from '../harness/settle.js';
import { allShapes } from '../shapes/all-shapes.js';
import { pickFixtures } from '../shapes/fixtures.js';
import { spawnSystem } from '../systems/spawn-system.js';
import { isSystemName, type SystemName } from '../systems/system-name.js';

/**
 * `node dist/bench/profile/cpu-split.js --neo4j-pid <pid> --shapes deep-nested`:
 * for each shape and system, the CPU time (user and system, from /proc) that
 * the serving process and the Neo4j process each used per request over a
 * measured load. CPU time, unlike throughput, hardly depends on what else
 * runs on the machine, so it splits a request's cost between the service and
 * the database even on a busy machine. Needs NEO4J_URI (the Neo4j whose pid
 * is given).
 */
const program = new Command()
  .name('bench-cpu-split')
  .requiredOption('--neo4j-pid <pid>', 'process id of the Neo4j behind NEO4J_URI')
  .option('--systems <list>', 'systems', 'floor,ours')
  .option('--shapes <list>', 'shapes', 'deep-nested,wide-fan-out')
  .option('--connections <n>', 'concurrent connections', '10')
  .option('--warmup <s>', 'seconds of load before the measurement', '5')
  .option('--duration <s>', 'seconds measured', '10')
  .option('--rounds <n>', 'times each system is measured, alternating', '2')
  .action(
    async (options: {
      neo4jPid: string;
      systems: string;
      shapes: string;
      connections: string;
      warmup: string;
      duration: string;
      rounds: string;
    }) => {
      const neo4jPid = Number(options.neo4jPid);
      const systems = options.systems.split(',');
      for (const name of systems)
        if (!isSystemName(name)) throw new Error(`unknown system ${name}`);
      const bench = await openBenchGraph();
      try {
        const fixtures = await pickFixtures(bench.graph);
        const shapes = allShapes(fixtures).filter((s) =>
          options.shapes.split(',').includes(s.name),
        );
        for (let round = 1; round <= Number(options.rounds); round += 1) {
          for (const shape of shapes) {
            for (const system of systems as SystemName[]) {
              const request = shape.request(system);
              if (!request) continue;
              // The last system's statements are done before this one starts.
              await waitUntilDatabaseIdle(bench.graph);
              const running = await spawnSystem(system, bench.settings);
              try {
                const connections = Number(options.connections);
                await runLoad({
                  url: running.url,
                  request,
                  connections,
                  durationSeconds: Number(options.warmup),
                  warmupSeconds: 0,
                });
                const node0 = cpuSecondsOf(running.pid) ?? NaN;
                const db0 = cpuSecondsOf(neo4jPid) ?? NaN;
                const load = await runLoad({
                  url: running.url,
                  request,
                  connections,
                  durationSeconds: Number(options.duration),
                  warmupSeconds: 0,
                });
                const node = (cpuSecondsOf(running.pid) ?? NaN) - node0;
                const db = (cpuSecondsOf(neo4jPid) ?? NaN) - db0;
                const n = Math.max(1, load.requests);
                console.log(
                  JSON.stringify({
                    round,
                    shape: shape.name,
                    system,
                    requests: load.requests,
                    errors: load.errors,
                    rps: Number(load.requestsPerSecond.toFixed(1)),
                    p50Ms: load.latencyMs.p50,
                    serviceCpuMsPerRequest: Number(((node / n) * 1000).toFixed(1)),
                    neo4jCpuMsPerRequest: Number(((db / n) * 1000).toFixed(1)),
                  }),
                );
              } finally {
                await running.stop();
              }
            }
          }
        }
      } finally {
        await bench.close();
      }
    },
  );

program.parseAsync().catch((error: unknown) => {
  console.error((error as Error).stack ?? error);
  process.exit(1);
});
