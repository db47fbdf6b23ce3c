import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { datasetSchema } from '../../src/import/dataset-schema.js';
import { readSeedFiles } from '../../src/import/seed-files.js';
import { ledgerMarkdown, ledgerRows } from '../../src/provenance/fact-ledger.js';

// docs/fact-ledger.md is committed: its generated table must be the seed's.

const MARKER = '<!-- generated from seed/ by `npm run ledger`; do not edit below -->';
const datasets = () => readSeedFiles().map((file) => datasetSchema.parse(file.content));

describe('fact ledger', () => {
  it('matches the seed (run `npm run ledger` after changing seed/)', () => {
    const committed = readFileSync(path.join(PROJECT_ROOT, 'docs', 'fact-ledger.md'), 'utf8');
    const table = committed.slice(committed.indexOf(MARKER) + MARKER.length).trim();
    expect(table).toBe(ledgerMarkdown(datasets()).trim());
  });

  it('gives every inferred fact its reasoning', () => {
    const inferred = ledgerRows(datasets()).filter((row) => row.basis === 'INFERRED');
    expect(inferred.length).toBeGreaterThan(0);
    expect(inferred.filter((row) => row.note.trim() === '')).toEqual([]);
  });
});
