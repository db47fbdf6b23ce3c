import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A collector that accepts OTLP/HTTP exports and keeps only their count and
 * size: traces leave the service as they would for a real collector, and
 * the collector's own work stays out of the measurement.
 */
export async function startOtlpSink() {
  const received = { exports: 0, bytes: 0 };
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
