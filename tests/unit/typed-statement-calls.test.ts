import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

/** Every .ts file under a folder of src/. */
function sourcesUnder(folder: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry.endsWith('.ts')) files.push(path.relative(SRC, full).replace(/\\/g, '/'));
    }
  };
  walk(path.join(SRC, folder));
  return files.sort();
}

/** A statement run with its name and row type at the call site, not through a wrapper. */
/** A statement's name, as `cypher/` paths are written in code. */
const STATEMENT_NAME =
  /['"`](?:queries|import|mutations|analytics|identity|curation|schema|testing)\/[a-z-]+['"`]/;

const DIRECT_CALL = /\b(?:graph|tx)\s*\.\s*(?:read|write|run)\s*[<(]/;

// Resolvers and curation run statements through the typed wrappers in
// src/graph/queries/ (one per question, params and rows typed there), so a
// resolver holds neither statement names nor row types.
describe('statement calls of resolvers and curation', () => {
  const files = [...sourcesUnder('resolvers'), ...sourcesUnder('curation')];

  it.each(files)('%s runs no statement directly', (file) => {
    const direct = readFileSync(path.join(SRC, file), 'utf8')
      .split('\n')
      .map((line, index) => ({ line: index + 1, text: line.trim() }))
      .filter(({ text }) => DIRECT_CALL.test(text));
    expect(direct).toEqual([]);
  });

  // Pages are asked for by what they list (src/pages/page-statements.ts).
  it.each(files)('%s names no statement', (file) => {
    const named = readFileSync(path.join(SRC, file), 'utf8')
      .split('\n')
      .map((line, index) => ({ line: index + 1, text: line.trim() }))
      .filter(({ text }) => STATEMENT_NAME.test(text));
    expect(named).toEqual([]);
  });

  it('finds the wrappers in src/graph/queries/, each calling the graph', () => {
    const wrappers = sourcesUnder('graph/queries');
    expect(wrappers.length).toBeGreaterThan(25);
    for (const file of wrappers) {
      expect(readFileSync(path.join(SRC, file), 'utf8'), file).toMatch(DIRECT_CALL);
    }
  });
});
