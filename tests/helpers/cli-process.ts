import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { newestChange } from './newest-change.js';

/** The built command-line tools (`tsc -p tsconfig.build.json` writes them to dist/). */
export const CLI = {
  import: path.join(PROJECT_ROOT, 'dist/src/cli/import.js'),
  importCordis: path.join(PROJECT_ROOT, 'dist/src/cli/import-cordis.js'),
};

/** Written after a successful build: the modification time of the newest input it read. */
const BUILD_STAMP = path.join(PROJECT_ROOT, 'dist', '.command-line-build');

/** What the compiled tools depend on: a change to any of it means building again. */
function newestBuildInput(): number {
  return newestChange(
    ...['src', 'bench', 'scripts', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].map(
      (entry) => path.join(PROJECT_ROOT, entry),
    ),
  );
}

function builtFrom(): number {
  return existsSync(BUILD_STAMP) ? Number(readFileSync(BUILD_STAMP, 'utf8')) || 0 : 0;
}

/**
 * Compiles src/ (and bench/, scripts/) to dist/ as `npm run build` does,
 * without the web pages, unless the last build read the same inputs: the
 * process tests of one run then share one build.
 */
export function buildCommandLineTools(): void {
  // Taken before compiling, so an edit made during the build means building again next time.
  const inputs = newestBuildInput();
  if (builtFrom() >= inputs) return;
  execFileSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    { cwd: PROJECT_ROOT, stdio: 'inherit' },
  );
  writeFileSync(BUILD_STAMP, String(inputs));
}

/** A running command-line tool, its output so far, and how it ended. */
export interface CliRun {
  child: ChildProcess;
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first output line matching `pattern` (rejects if the process ends first). */
  waitForLine(pattern: RegExp): Promise<string>;
}

/** Starts `node <script> <args>` with the given environment (merged over this process's, minus NEO4J_*). */
export function runCli(script: string, args: string[], env: Record<string, string>): CliRun {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('NEO4J_')),
  );
  const child = spawn(process.execPath, [script, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const waiters: Array<{ pattern: RegExp; resolve: (line: string) => void }> = [];
  const take = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line === '') continue;
      output.push(line);
      for (const waiter of [...waiters]) {
        if (waiter.pattern.test(line)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(line);
        }
      }
    }
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    output,
    exited,
    waitForLine: (pattern) =>
      new Promise((resolve, reject) => {
        const seen = output.find((line) => pattern.test(line));
        if (seen) return resolve(seen);
        waiters.push({ pattern, resolve });
        void exited.then(({ code, signal }) =>
          reject(
            new Error(
              `the process ended (code ${code}, signal ${signal}) before printing ${pattern}:\n${output.join('\n')}`,
            ),
          ),
        );
      }),
  };
}
