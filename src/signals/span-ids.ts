import { randomFillSync } from 'node:crypto';
import type { IdGenerator } from '@opentelemetry/sdk-trace-base';

/** Random bytes drawn at once: 2 KB, the ids of about 85 request spans. */
const POOL_BYTES = 2048;
const INVALID_TRACE_ID = '0'.repeat(32);
const INVALID_SPAN_ID = '0'.repeat(16);

/**
 * Trace and span ids as the W3C trace context defines them (32 and 16
 * lowercase hex characters, never all zeros), cut from a pool of random
 * bytes converted to hex once per refill. The SDK's own generator makes
 * each id from `Math.random()` and converts it to hex on its own, a call
 * into the runtime per id: of everything a request span costs, that was
 * the largest piece the SDK lets a service replace (`idGenerator`).
 * `fill` is the source of the random bytes (a test gives its own).
 */
export function pooledIdGenerator(
  fill: (bytes: Buffer) => Buffer = randomFillSync,
  poolBytes = POOL_BYTES,
): IdGenerator {
  const bytes = Buffer.allocUnsafe(poolBytes);
  let hex = '';
  let at = 0;
  const take = (chars: number): string => {
    if (at + chars > hex.length) {
      hex = fill(bytes).toString('hex');
      at = 0;
    }
    const id = hex.slice(at, at + chars);
    at += chars;
    return id;
  };
  return {
    generateTraceId: () => {
      let id = take(32);
      while (id === INVALID_TRACE_ID) id = take(32);
      return id;
    },
    generateSpanId: () => {
      let id = take(16);
      while (id === INVALID_SPAN_ID) id = take(16);
      return id;
    },
  };
}
