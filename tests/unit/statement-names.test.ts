import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { CYPHER_DIR } from '../../src/graph/open-graph.js';
import {
  STATEMENT_NAMES_FILE,
  statementNamesModule,
} from '../../src/graph/statement-names-file.js';

// src/graph/statement-names.ts is generated; it must name exactly the files under cypher/.
describe('src/graph/statement-names.ts', () => {
  it('matches the statement files (run `npm run statements` after adding or renaming one)', () => {
    const committed = readFileSync(path.join(PROJECT_ROOT, STATEMENT_NAMES_FILE), 'utf8');
    expect(committed).toBe(statementNamesModule(CYPHER_DIR));
  });

  it('keeps statements the service runs at request time out of cypher/import/', () => {
    const requestTime = ['src/resolvers', 'src/loaders', 'src/http', 'src/curation'];
    const source = requestTime
      .map((dir) => path.join(PROJECT_ROOT, dir))
      .flatMap((dir) => readSources(dir))
      .join('\n');
    expect(source.match(/'import\/[a-z-]+'/g) ?? []).toEqual([]);
  });
});

function readSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return readSources(full);
    return full.endsWith('.ts') ? [readFileSync(full, 'utf8')] : [];
  });
}
