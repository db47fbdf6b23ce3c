import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { convertCordis, type CordisConversion } from '../../src/import/cordis/convert-cordis.js';
import { importCordis } from '../../src/import/cordis/import-cordis.js';
import { readCordisExport } from '../../src/import/cordis/read-cordis-export.js';
import { DatasetError } from '../../src/import/dataset-error.js';
import { countsOf, graphChecksum, openTestGraph, resetAndSeed } from '../helpers/test-graph.js';

const FIXTURES = 'tests/fixtures/cordis';
const TODAY = '2025-06-01';

function exportOf(variant: string): CordisConversion {
  return readCordisExport(
    {
      projects: path.join(FIXTURES, variant, 'project.csv'),
      organisations: path.join(FIXTURES, variant, 'organization.csv'),
    },
    { today: TODAY },
  );
}

/** The DatasetError an attempt throws, or a failure if it does not throw one. */
async function refusal(attempt: () => unknown): Promise<DatasetError> {
  try {
    await attempt();
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected the import to be refused');
}

interface FundingRow {
  projectId: string;
  fundingSourceId: string;
  name: string;
  amountEur: number | null;
  sources: string[];
}

// A CORDIS export through conversion, validation and the dataset import, into a seeded Neo4j.
describe('CORDIS import over a real Neo4j', () => {
  let graph: GraphClient;
  let seeded: Record<string, number>;

  beforeAll(async () => {
    graph = openTestGraph();
    await resetAndSeed(graph);
    seeded = await countsOf(graph);
  });

  afterAll(async () => {
    await graph?.driver.close();
  });

  describe('refuses invalid exports and writes nothing', () => {
    const cases: Array<[variant: string, location: string]> = [
      [
        'unknown-country',
        `${FIXTURES}/unknown-country/organization.csv:8: country: "XX" is not an ISO 3166-1 alpha-2 country code`,
      ],
      ['malformed-number', `${FIXTURES}/malformed-number/project.csv:5: totalCost: "12abc"`],
      [
        'unknown-project',
        `${FIXTURES}/unknown-project/organization.csv:15: projectID: project "999999" is not in project.csv`,
      ],
      [
        'missing-column',
        `${FIXTURES}/missing-column/organization.csv:1: country: required column "country" is missing`,
      ],
      ['unclosed-quote', `${FIXTURES}/unclosed-quote/project.csv:6: syntax: unclosed quote`],
    ];
    it.each(cases)('%s', async (variant, location) => {
      const before = await graphChecksum(graph);
      const error = await refusal(async () => importCordis(graph, exportOf(variant)));
      expect(error.message).toContain('Import refused, nothing was written. 1 problem(s)');
      expect(error.message).toContain(location);
      expect(await graphChecksum(graph)).toBe(before);
    });

    it('a problem found by validation, located in the CSV file', async () => {
      const before = await graphChecksum(graph);
      const organisations = readFileSync(path.join(FIXTURES, 'valid', 'organization.csv'), 'utf8');
      const conversion = convertCordis({
        projects: {
          name: 'project.csv',
          data: readFileSync(path.join(FIXTURES, 'valid', 'project.csv')),
        },
        // Two organisations answering to one name: entity resolution must decide first.
        organisations: {
          name: 'organization.csv',
          data: organisations.replace(';Polder Systems B.V.;', ';UPPSALA RESILIENCE INSTITUTE;'),
        },
        today: TODAY,
      });
      const error = await refusal(async () => importCordis(graph, conversion));
      expect(error.message).toContain(
        'organization.csv:9: organisations[6] (id "cordis-org-999100007").name: the name "UPPSALA RESILIENCE INSTITUTE"',
      );
      expect(await graphChecksum(graph)).toBe(before);
    });
  });

  describe('imports the valid export', () => {
    let first: { checksum: string; counts: Record<string, number> };

    beforeAll(async () => {
      const report = await importCordis(graph, exportOf('valid'));
      expect(report.source).toBe('cordis-project');
      first = { checksum: await graphChecksum(graph), counts: await countsOf(graph) };
    });

    it('adds the projects, organisations, participations and funding', () => {
      const added = (key: string) => (first.counts[key] ?? 0) - (seeded[key] ?? 0);
      expect(added('Project')).toBe(5);
      expect(added('Organisation')).toBe(14);
      expect(added('PARTICIPATES_IN')).toBe(16);
      expect(added('FUNDED_BY')).toBe(5);
      expect(added('Source')).toBe(1);
      // Horizon Europe and FP7 are new; Horizon 2020 is the seed's node.
      expect(added('FundingSource')).toBe(2);
    });

    it('funds the H2020 projects from the seed’s Horizon 2020 node', async () => {
      const rows = await graph.read<FundingRow>('testing/cordis-project-funding', {
        projectIds: ['cordis-700395', 'cordis-833456', 'cordis-101073954', 'cordis-607798'],
      });
      expect(rows.map((row) => ({ ...row, sources: [...row.sources].sort() }))).toEqual([
        {
          projectId: 'cordis-101073954',
          fundingSourceId: 'horizon-europe',
          name: 'Horizon Europe',
          amountEur: 4999000,
          sources: ['cordis-project'],
        },
        {
          projectId: 'cordis-607798',
          fundingSourceId: 'cordis-fp-fp7',
          name: 'Seventh Framework Programme',
          amountEur: 1800000,
          sources: ['cordis-project'],
        },
        {
          projectId: 'cordis-700395',
          fundingSourceId: 'horizon-2020',
          name: 'Horizon 2020',
          amountEur: 3499875.5,
          sources: ['cordis-project', 'eusbsr-pa-secure-page'],
        },
        {
          projectId: 'cordis-833456',
          fundingSourceId: 'horizon-2020',
          name: 'Horizon 2020',
          amountEur: 2500000,
          sources: ['cordis-project', 'eusbsr-pa-secure-page'],
        },
      ]);
    });

    it('keys the countries by ISO code (EL -> GR, UK -> GB) with English names', async () => {
      const rows = await graph.read<{ key: string; value: { name: string } }>(
        'queries/countries-by-codes',
        { keys: ['GR', 'GB', 'DE', 'EL', 'UK'] },
      );
      expect(rows.map((row) => [row.key, row.value.name])).toEqual([
        ['GR', 'Greece'],
        ['GB', 'United Kingdom'],
        ['DE', 'Germany'],
      ]);
    });

    it('changes nothing when the same export is imported again', async () => {
      await importCordis(graph, exportOf('valid'));
      expect(await countsOf(graph)).toEqual(first.counts);
      expect(await graphChecksum(graph)).toBe(first.checksum);
    });
  });
});
