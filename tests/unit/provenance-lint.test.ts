import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/import/dataset-error.js';
import { datasetSchema, type Dataset } from '../../src/import/dataset-schema.js';
import { readSeedFiles } from '../../src/import/seed-files.js';
import { readSourceDocument } from '../../src/import/source-document.js';
import { lintCitations, type LintInput } from '../../src/provenance/lint-citations.js';
import { lintSeed } from '../../src/provenance/lint-seed.js';
import { sourceLines } from '../../src/provenance/source-lines.js';

// The provenance lint, part of `npm test`: the curated seed passes it, and a
// deliberately wrong citation of each kind makes it fail, naming the record.

/** The seed as the lint reads it, with `change` applied to the EUSBSR file's records. */
function seedWith(change: (data: Dataset) => void): LintInput[] {
  return readSeedFiles().map((file) => {
    const data = datasetSchema.parse(file.content);
    if (data.source.id === 'eusbsr-pa-secure-page') change(data);
    const document = readSourceDocument(file, data.source.document);
    return { file, data, documentLines: document ? sourceLines(document.text) : undefined };
  });
}

const problemsOf = (change: (data: Dataset) => void) =>
  lintCitations(seedWith(change)).map(formatProblem);

function record<T extends { id?: string }>(records: T[], id: string): T {
  const found = records.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
}

describe('provenance lint', () => {
  it('passes on the curated seed', () => {
    expect(lintSeed().map(formatProblem)).toEqual([]);
  });

  it('fails on a value the cited lines do not state (FIRE-IN durationMonths 60 from line 31)', () => {
    const problems = problemsOf((data) => {
      record(data.projects, 'fire-in').durationMonths = 60;
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^seed\/eusbsr-pa-secure\.yaml:\d+: projects\[\d+\] \(id "fire-in"\)\.durationMonths: 60 is not in lines 21, 31/,
      ),
    ]);
  });

  it('fails on a citation of lines that do not name the record', () => {
    const problems = problemsOf((data) => {
      record(data.organisations, 'stuk').lines = '94';
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /organisations\[\d+\] \(id "stuk"\)\.lines: lines 94 show none of its names/,
      ),
    ]);
  });

  it('fails on a partnership whose lines do not name both ends', () => {
    const problems = problemsOf((data) => {
      const partner = data.participations.find(
        (p) => p.organisation === 'stuk' && p.project === 'macro-regional-risk-scenarios',
      );
      if (!partner) throw new Error('no STUK partnership');
      partner.lines = '55, 88, 94';
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /participations\[\d+\]\.organisation: lines 55, 88, 94 do not name "stuk"/,
      ),
    ]);
  });

  it('fails on lines past the end of the source', () => {
    const problems = problemsOf((data) => {
      record(data.topics, 'floods').lines = '71, 170';
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /topics\[\d+\] \(id "floods"\)\.lines: cites line 170, but the source has 160 lines/,
      ),
    ]);
  });

  it('fails on a status without a citation of its own, and on wording the lines do not have', () => {
    const problems = problemsOf((data) => {
      record(data.projects, 'chemsar').status = 'ongoing' as never;
      const evaprem = record(data.projects, 'evaprem');
      const cite = evaprem.cite?.find((c) => c.fields.includes('countryCount'));
      if (!cite) throw new Error('no countryCount citation');
      cite.wording = 'from six countries';
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /\(id "chemsar"\)\.status: status "ongoing" needs a citation of its own/,
      ),
      expect.stringMatching(
        /\(id "evaprem"\)\.cite\[\d+\]\.wording: "from six countries" is not in lines 132/,
      ),
    ]);
  });

  it('accepts an interpretation only as INFERRED with its note: the note is the marker', () => {
    const schemaProblems = datasetSchema.safeParse({
      source: { id: 'x', title: 'X', kind: 'report' },
      projects: [
        {
          id: 'p',
          name: 'P',
          kind: 'project',
          status: 'ongoing',
          summary: 'S.',
          lines: '1',
          cite: [{ fields: ['status'], lines: '1', inferred: '' }],
        },
      ],
    });
    expect(schemaProblems.success).toBe(false);
    expect(schemaProblems.error?.issues[0]?.path).toEqual(['projects', 0, 'cite', 0, 'inferred']);
  });

  it('refuses a citation of a field the record does not hold', () => {
    const parsed = datasetSchema.safeParse({
      source: { id: 'x', title: 'X', kind: 'report' },
      topics: [
        {
          id: 't',
          name: 'T',
          kind: 'theme',
          lines: '1',
          cite: [{ fields: ['durationMonths'], lines: '1' }],
        },
      ],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(
      'names "durationMonths", which is not a value of this record',
    );
  });
});
