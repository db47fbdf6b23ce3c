import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GraphClient,
  type GraphTransaction,
  type Params,
  type Row,
} from '../../src/graph/graph-client.js';
import { DatasetError } from '../../src/import/dataset-error.js';
import { DatasetFile } from '../../src/import/dataset-file.js';
import { importDatasets } from '../../src/import/import-datasets.js';
import { readSeedFiles } from '../../src/import/seed-files.js';
import type { StatementName } from '../../src/graph/statement-names.js';
import {
  countsOf,
  graphFingerprint,
  openTestGraph,
  resetAndSeed,
  type FingerprintRow,
} from '../helpers/test-graph.js';

// The importer's promises, checked against the real database: a re-import
// changes nothing, and an import that fails - in validation or in the middle
// of writing - leaves the graph exactly as it was.

/**
 * The real client and database, with one fault: the write transaction's
 * statement number `limit + 1` throws. Everything before it really ran in
 * the same Neo4j transaction, so what remains afterwards shows whether the
 * rollback is complete.
 */
class FailingGraph extends GraphClient {
  statementsRun = 0;

  constructor(
    base: GraphClient,
    private readonly limit: number,
  ) {
    super(base.driver, base.cypher, { database: base.database });
  }

  override writeTransaction<T>(work: (tx: GraphTransaction) => Promise<T>): Promise<T> {
    return super.writeTransaction((tx) =>
      work({
        run: async <R = Row>(name: StatementName, params?: Params): Promise<R[]> => {
          if (this.statementsRun >= this.limit) {
            throw new Error(`statement ${this.statementsRun + 1} failed on purpose`);
          }
          const rows = await tx.run<R>(name, params);
          this.statementsRun += 1;
          return rows;
        },
      }),
    );
  }
}

function digest(entries: string[]): string {
  return createHash('sha256').update(entries.join('\n')).digest('hex');
}

/** What differs between two fingerprints, for a readable failure. */
function changes(before: string[], after: string[]): { removed: string[]; added: string[] } {
  const had = new Set(before);
  const has = new Set(after);
  return {
    removed: before.filter((entry) => !has.has(entry)),
    added: after.filter((entry) => !had.has(entry)),
  };
}

/** The error an attempt fails with; fails the test if it succeeds. */
async function failureOf(attempt: () => Promise<unknown>): Promise<Error> {
  const outcome = await attempt().then(
    () => new Error('expected the import to be refused, but it succeeded'),
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(Error);
  return outcome as Error;
}

// A small valid dataset, one line per array entry so that each variant below
// can replace a line and name the line the error must point at.
const FILE = 'guarantee-test.yaml';
const VALID_LINES: readonly string[] = [
  'source:', // 1
  '  id: guarantee-test', // 2
  '  title: Import guarantee test', // 3
  '  kind: curation', // 4
  '  lines: "1-10"', // 5
  'organisations:', // 6
  '  - id: test-rescue-agency', // 7
  '    name: Test Rescue Agency', // 8
  '    kind: rescue service', // 9
  '    country: "DE"', // 10
  '    lines: "3"', // 11
  'participations:', // 12
  '  - organisation: test-rescue-agency', // 13
  '    project: from-gaps-to-caps', // 14
  '    role: partner', // 15
  '    lines: "4"', // 16
];

/** The valid dataset with some lines (1-based) replaced. */
function variant(replacements: Record<number, string> = {}, file = FILE): DatasetFile {
  const text = VALID_LINES.map((line, index) => replacements[index + 1] ?? line).join('\n');
  return DatasetFile.parse(text, file);
}

describe('import guarantees', () => {
  let graph: GraphClient;
  let seededCounts: Record<string, number>;
  let seeded: string[];

  beforeAll(async () => {
    graph = openTestGraph();
    await resetAndSeed(graph);
    seededCounts = await countsOf(graph);
    seeded = await graphFingerprint(graph);
  });

  afterAll(async () => {
    await graph?.driver.close();
  });

  /** Nothing at all changed since the seed was imported. */
  async function expectGraphUnchanged(): Promise<void> {
    expect(await countsOf(graph)).toEqual(seededCounts);
    const now = await graphFingerprint(graph);
    expect(changes(seeded, now)).toEqual({ removed: [], added: [] });
    expect(digest(now)).toBe(digest(seeded));
  }

  describe('idempotence', () => {
    it('importing the seed a second time changes no count and no property', async () => {
      const reports = await importDatasets(graph, readSeedFiles());
      // The second run really wrote every row again (MERGE + SET), it was not skipped.
      expect(reports.map((report) => report.source).sort()).toEqual([
        'eu-cbrn-coe-project-100-page',
        'eusbsr-pa-secure-page',
      ]);
      expect(reports.every((report) => report.rows > 0)).toBe(true);
      // Includes Source.firstImportedAt, which a re-import must keep.
      await expectGraphUnchanged();
    });

    it('keeps the first import time of each source', async () => {
      const sources = seeded
        .map((entry) => JSON.parse(entry) as FingerprintRow)
        .filter((row) => row.kind === 'node' && row.labels.includes('Source'));
      expect(sources).toHaveLength(2);
      for (const source of sources) {
        expect(String(source.properties.firstImportedAt)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      }
    });
  });

  describe('a refused import writes nothing and says where the problem is', () => {
    /** Expects a DatasetError naming `file:line: where`, then an untouched graph. */
    async function expectRefused(
      attempt: () => Promise<unknown>,
      location: string,
      detail: string | RegExp,
    ): Promise<DatasetError> {
      const error = await failureOf(attempt);
      expect(error).toBeInstanceOf(DatasetError);
      expect(error.message).toContain('nothing was written');
      expect(error.message).toContain(location);
      expect(error.message).toMatch(detail);
      await expectGraphUnchanged();
      return error as DatasetError;
    }

    it('a YAML syntax error', async () => {
      // Line 9 holds a mapping inside a plain scalar.
      const error = await expectRefused(
        async () => importDatasets(graph, [variant({ 9: '    kind: rescue service: x' })]),
        `${FILE}`,
        /syntax: Nested mappings are not allowed/,
      );
      expect(error.problems.map((problem) => problem.where)).toEqual(['syntax']);
    });

    it('a YAML syntax error names its line', async () => {
      await expectRefused(
        async () => importDatasets(graph, [variant({ 9: '    kind: rescue service: x' })]),
        `${FILE}:9: syntax:`,
        /Nested mappings/,
      );
    });

    it('a duplicate key in a YAML mapping', async () => {
      await expectRefused(
        async () => importDatasets(graph, [variant({ 10: '    name: Second Name' })]),
        FILE,
        /syntax: Map keys must be unique/,
      );
    });

    it('an unknown field (typo), reported at its own line with the field name', async () => {
      // The schema is strict, so "contry" is not silently dropped; the line is the typo's own.
      await expectRefused(
        async () => importDatasets(graph, [variant({ 10: '    contry: "DE"' })]),
        `${FILE}:10: organisations[0] (id "test-rescue-agency").contry: Unrecognized key: "contry"`,
        /contry/,
      );
    });

    it('a role that is not one of the enum values', async () => {
      await expectRefused(
        async () => importDatasets(graph, [variant({ 15: '    role: partnr' })]),
        `${FILE}:15: participations[0].role: Invalid option`,
        /"lead partner"/,
      );
    });

    it('a reference to an organisation that neither the files nor the graph know', async () => {
      await expectRefused(
        async () =>
          importDatasets(graph, [variant({ 13: '  - organisation: no-such-organisation' })]),
        `${FILE}:13: participations[0].organisation: refers to Organisation "no-such-organisation"`,
        /neither in the files nor in the graph/,
      );
    });

    it('a duplicate id within one file', async () => {
      const text = [
        ...VALID_LINES.slice(0, 11),
        '  - id: test-rescue-agency', // 12
        '    name: Another Test Agency', // 13
        '    kind: rescue service', // 14
        '    lines: "5"', // 15
      ].join('\n');
      await expectRefused(
        async () => importDatasets(graph, [DatasetFile.parse(text, FILE)]),
        `${FILE}:12: organisations[1] (id "test-rescue-agency"): duplicate id "test-rescue-agency" in organisations`,
        /duplicate id/,
      );
    });

    it('a second organisation whose name normalises to an existing one in the same import', async () => {
      // "Halsnaes" and "and" instead of "Halsnæs" and "&": the same name once normalised.
      const error = await expectRefused(
        async () =>
          importDatasets(graph, [
            ...readSeedFiles(),
            variant({ 8: '    name: Frederikssund-Halsnaes Fire and Rescue Service' }),
          ]),
        `${FILE}:8: organisations[0] (id "test-rescue-agency").name: the name "Frederikssund-Halsnaes Fire and Rescue Service" is also used by organisations frederikssund-halsnaes-fire-rescue-service`,
        /merge them \(aliases\) or rename one/,
      );
      // Only the newcomer is blamed; the seed files themselves are clean.
      expect(error.problems.map((problem) => problem.file)).toEqual([FILE]);
    });

    it('a country code that is not an ISO 3166-1 alpha-2 code', async () => {
      await expectRefused(
        async () => importDatasets(graph, [variant({ 10: '    country: "de" ' })]),
        `${FILE}:10: organisations[0] (id "test-rescue-agency").country: must be an ISO 3166-1 alpha-2 code`,
        /"DE"/,
      );
    });

    it('a well-formed country code that no file or graph defines', async () => {
      await expectRefused(
        async () => importDatasets(graph, [variant({ 10: '    country: "XX"' })]),
        `${FILE}:10: organisations[0] (id "test-rescue-agency").country: is not an ISO 3166-1 alpha-2 country code`,
        /not an ISO 3166-1/,
      );
    });

    it('two files, the first valid and the second not: nothing of the first is written', async () => {
      const first = variant({}, 'first-valid.yaml');
      const second = DatasetFile.parse(
        [
          'source: {id: second-invalid, title: Second file, kind: curation}', // 1
          'participations:', // 2
          '  - organisation: test-rescue-agency', // 3: defined by the first file, fine
          '    project: macro-regional-risk-scenarios', // 4
          '    role: sponsor', // 5: not a role
          '    lines: "9"', // 6
        ].join('\n'),
        'second-invalid.yaml',
      );
      const error = await expectRefused(
        async () => importDatasets(graph, [first, second]),
        'second-invalid.yaml:5: participations[0].role: Invalid option',
        /Invalid option/,
      );
      // The only problem is in the second file; the first was valid on its own.
      expect(error.problems.map((problem) => [problem.file, problem.line])).toEqual([
        ['second-invalid.yaml', 5],
      ]);
      const found = await graph.read('testing/node-by-id', {
        id: 'test-rescue-agency',
        label: null,
      });
      expect(found).toEqual([]);
    });
  });

  describe('a failure in the middle of writing', () => {
    it('rolls back everything when a statement fails after others were written', async () => {
      // Both files are valid; the write transaction fails at its fifth statement,
      // after the Source nodes and the first statements' nodes were written in it.
      const first = variant({}, 'first-valid.yaml');
      const second = DatasetFile.parse(
        [
          'source: {id: second-valid, title: Second valid file, kind: curation}',
          'organisations:',
          '  - {id: second-agency, name: Second Test Agency, kind: government agency, lines: "1"}',
        ].join('\n'),
        'second-valid.yaml',
      );
      const failing = new FailingGraph(graph, 4);
      const error = await failureOf(async () => importDatasets(failing, [first, second]));
      expect(error.message).toBe('statement 5 failed on purpose');
      expect(failing.statementsRun).toBe(4);
      await expectGraphUnchanged();
      for (const id of ['test-rescue-agency', 'second-agency', 'guarantee-test', 'second-valid']) {
        expect(await graph.read('testing/node-by-id', { id, label: null }), id).toEqual([]);
      }
    });
  });

  describe('control', () => {
    // The refusals above are due to the one changed line: the unchanged file imports.
    it('the valid dataset imports, adding exactly its records', async () => {
      await importDatasets(graph, [variant()]);
      const counts = await countsOf(graph);
      const delta = Object.fromEntries(
        Object.keys({ ...counts, ...seededCounts })
          .map((key): [string, number] => [key, (counts[key] ?? 0) - (seededCounts[key] ?? 0)])
          .filter(([, difference]) => difference !== 0),
      );
      expect(delta).toEqual({
        Source: 1,
        Organisation: 1,
        SOURCED_FROM: 1,
        LOCATED_IN: 1,
        PARTICIPATES_IN: 1,
        // The organisation's name key and the edge that makes it its owner.
        NameKey: 1,
        HAS_NAME_KEY: 1,
      });
      const after = await graphFingerprint(graph);
      const { removed, added } = changes(seeded, after);
      expect(removed).toEqual([]);
      expect(added).toHaveLength(7); // the three nodes and four relationships above
    });
  });
});
