import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { writeReport, type ReportInput } from './harness/write-report.js';

/**
 * `node dist/bench/rewrite-report.js [bench/results/cordis.json]`: writes the
 * table, ratios and charts again from a run's recorded JSON, so a change to
 * the report needs no new run.
 */
const file = process.argv[2] ?? path.join(PROJECT_ROOT, 'bench', 'results', 'cordis.json');
const input = JSON.parse(readFileSync(file, 'utf8')) as ReportInput;
for (const written of writeReport(path.dirname(file), input)) {
  console.log(`Wrote ${path.relative(PROJECT_ROOT, written)}`);
}
