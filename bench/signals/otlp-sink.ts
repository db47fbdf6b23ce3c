import { fork } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

/** What a sink has received: export requests and their bytes. */
export interface SinkCount {
  exports: number;
  bytes: number;
}

/**
 * A collector that accepts OTLP/HTTP exports and keeps only their count and
 * size: traces leave the service as they would for a real collector, and
 * the collector's own work stays out of the measurement.
 */
export async function startOtlpSink() {
  const received: SinkCount = { exports: 0, bytes: 0 };
  const server = http.createServer((request, response) => {
    request.on('data', (chunk: Buffer) => (received.bytes += chunk.length));
    request.on('end', () => {
      received.exports += 1;
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    tracesUrl: `http://127.0.0.1:${port}/v1/traces`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The sink in a child process of its own (otlp-sink-process.ts). */
export async function spawnOtlpSink() {
  const entry = fileURLToPath(new URL('./otlp-sink-process.js', import.meta.url));
  const child = fork(entry, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const tracesUrl = await new Promise<string>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { tracesUrl: string }).tracesUrl));
    child.once('exit', (code) => reject(new Error(`the OTLP sink exited (code ${code})`)));
  });
  return {
    tracesUrl,
    pid: child.pid as number,
    count: () =>
      new Promise<SinkCount>((resolve) => {
        child.once('message', (message) => resolve((message as { received: SinkCount }).received));
        child.send('count');
      }),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
