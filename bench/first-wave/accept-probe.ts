/**
 * Loaded into a serving process with `--import` (never by the service):
 * stamps each connection when Node accepts it, the first request on it when
 * Node has parsed it and the answer when it is written, and every turn of
 * the event loop longer than 30 ms (a 5 ms timer that came late). Written
 * every second and at exit to `$FIRST_WAVE_PROBE_DIR/<pid>.json`.
 */
import http from 'node:http';
import type { Socket } from 'node:net';
import path from 'node:path';
import { writeFileSync } from 'node:fs';

interface FirstRequest {
  acceptedAt: number;
  parsedAt: number;
  answeredAt: number;
}

const directory = process.env.FIRST_WAVE_PROBE_DIR;
if (directory) {
  const requests: FirstRequest[] = [];
  const longTurns: Array<{ at: number; ms: number }> = [];
  const accepted = new WeakMap<Socket, { at: number; requests: number }>();
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === 'connection') accepted.set(args[0] as Socket, { at: Date.now(), requests: 0 });
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage;
      const response = args[1] as http.ServerResponse;
      const connection = accepted.get(request.socket);
      if (connection && connection.requests++ === 0) {
        const parsedAt = Date.now();
        response.once('finish', () =>
          requests.push({ acceptedAt: connection.at, parsedAt, answeredAt: Date.now() }),
        );
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
  let last = Date.now();
  setInterval(() => {
    const now = Date.now();
    if (now - last > 30) longTurns.push({ at: last, ms: now - last });
    last = now;
  }, 5).unref();
  const write = () =>
    writeFileSync(
      path.join(directory, `${process.pid}.json`),
      JSON.stringify({ requests, longTurns }),
    );
  setInterval(write, 1_000).unref();
  process.on('exit', write);
}
