import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { datasetSchema } from '../import/dataset-schema.js';
import { readSeedFiles } from '../import/seed-files.js';
import { ledgerMarkdown } from '../provenance/fact-ledger.js';

/** docs/fact-ledger.md: the audit above the marker is written by people, the table below it from the seed. */
export const LEDGER_FILE = path.join(PROJECT_ROOT, 'docs', 'fact-ledger.md');
export const LEDGER_MARKER = '<!-- generated from seed/ by `npm run ledger`; do not edit below -->';

const datasets = readSeedFiles().map((file) => datasetSchema.parse(file.content));
const current = readFileSync(LEDGER_FILE, 'utf8');
const audit = current.includes(LEDGER_MARKER)
  ? current.slice(0, current.indexOf(LEDGER_MARKER))
  : current;
writeFileSync(LEDGER_FILE, `${audit}${LEDGER_MARKER}\n\n${ledgerMarkdown(datasets)}`);
console.log(`Wrote ${path.relative(PROJECT_ROOT, LEDGER_FILE)}`);
