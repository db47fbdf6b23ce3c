import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';

const run = promisify(execFile);

// The web code has its own tsconfig (DOM types), which the root typecheck leaves out.
describe('web sources', () => {
  it('typecheck under web/tsconfig.json (strict)', async () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const result = await run(
      process.execPath,
      [tsc, '-p', path.join(PROJECT_ROOT, 'web', 'tsconfig.json'), '--noEmit'],
      { cwd: PROJECT_ROOT },
    ).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code?: number; stdout?: string }) => ({
        code: error.code ?? 1,
        output: error.stdout ?? '',
      }),
    );
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });
});
