import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { startSignals } from '../../src/signals/signals.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

// Off by default at no cost: the SDK and prom-client are loaded by `import()` when turned on.
describe('signals when off', () => {
  it('import neither the OpenTelemetry SDK nor prom-client at start-up', () => {
    const staticImports = sources(path.join(PROJECT_ROOT, 'src')).flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(
          /^import (?!type )[^;]*from '(@opentelemetry\/[^']+|prom-client)'/gm,
        ),
      ].map((match) => `${path.relative(PROJECT_ROOT, file)}: ${match[1]}`),
    );
    expect(staticImports).toEqual([]);
  });

  it('give the graph client no observer, so statements run unwrapped', async () => {
    const signals = await startSignals({});
    expect(signals).toMatchObject({ metrics: undefined, tracing: undefined, observer: undefined });
  });
});
