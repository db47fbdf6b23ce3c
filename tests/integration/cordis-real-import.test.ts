import path from 'node:path';
import { gql } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { importCordis } from '../../src/import/cordis/import-cordis.js';
import { readCordisExport } from '../../src/import/cordis/read-cordis-export.js';
import { countsOf, graphChecksum, openTestGraph, resetAndSeed } from '../helpers/test-graph.js';
import { startTestService, type TestService } from '../helpers/test-service.js';

// Real CORDIS rows (tests/fixtures/cordis-real/README.md says where they come from).
const REAL = 'tests/fixtures/cordis-real';
const TODAY = '2025-06-01';

const horizon = () =>
  readCordisExport(
    {
      projects: path.join(REAL, 'horizon-europe/project.csv'),
      organisations: path.join(REAL, 'horizon-europe/organization.csv'),
    },
    { today: TODAY },
  );

describe('real CORDIS exports imported whole, on top of the seed', () => {
  let graph: GraphClient;
  let api: TestService;
  let seeded: Record<string, number>;
  let imported: { checksum: string; counts: Record<string, number> };

  beforeAll(async () => {
    graph = openTestGraph();
    await resetAndSeed(graph);
    seeded = await countsOf(graph);
    await importCordis(graph, horizon());
    imported = { checksum: await graphChecksum(graph), counts: await countsOf(graph) };
    api = await startTestService(graph);
  });

  afterAll(async () => {
    await api?.stop();
    await graph?.driver.close();
  });

  it('brings all 100 Horizon Europe projects and their 329 participant rows', async () => {
    const added = (key: string) => (imported.counts[key] ?? 0) - (seeded[key] ?? 0);
    expect(added('Project')).toBe(100);
    // 329 rows, none repeating an organisation, project and role.
    expect(added('PARTICIPATES_IN')).toBe(329);
    const [row] = await graph.read<{ rows: number }>('testing/cordis-participant-rows', {
      sourceId: 'cordis-project',
    });
    expect(row?.rows).toBe(329);
  });

  it('serves every analyst column through GraphQL, with unknown total costs as null', async () => {
    const data = await api.client.request<{
      project: {
        totalBudgetEur: number | null;
        euContributionEur: number;
        legalBasis: string;
        fundingScheme: string;
        masterCall: string;
        ecSignatureDate: string;
        grantDoi: string;
        topics: Array<{ name: string; kind: string }>;
        participations: {
          nodes: Array<{
            role: string;
            ecContributionEur: number;
            netEcContributionEur: number;
            totalCostEur: number | null;
            sme: boolean;
            endOfParticipation: boolean;
            organisation: { name: string; nutsCode: string; latitude: number; longitude: number };
          }>;
        };
      };
    }>(gql`
      {
        project(id: "cordis-101177609") {
          totalBudgetEur
          euContributionEur
          legalBasis
          fundingScheme
          masterCall
          ecSignatureDate
          grantDoi
          topics {
            name
            kind
          }
          participations(first: 50) {
            nodes {
              role
              ecContributionEur
              netEcContributionEur
              totalCostEur
              sme
              endOfParticipation
              organisation {
                name
                nutsCode
                latitude
                longitude
              }
            }
          }
        }
      }
    `);
    const { project } = data;
    expect(project.grantDoi).toBe('10.3030/101177609');
    expect(project.topics.map((t) => t.kind)).toEqual(['CALL_TOPIC']);
    expect(project.legalBasis).toMatch(/^HORIZON\./);
    const belspo = project.participations.nodes.find((p) =>
      p.organisation.name.startsWith('Service Public Fédéral de Programmation'),
    );
    expect(belspo).toEqual({
      role: 'COORDINATOR',
      ecContributionEur: 100000,
      netEcContributionEur: 100000,
      totalCostEur: 180250,
      sme: false,
      endOfParticipation: false,
      organisation: {
        name: 'Service Public Fédéral de Programmation Politique Scientifique (Belspo)',
        nutsCode: 'BE100',
        latitude: 50.83857005,
        longitude: 4.375756406648373,
      },
    });
  });

  it('stores a totalCost of 0 as unknown (null), never as 0', async () => {
    const [row] = await graph.read<{ unknown: number; zero: number }>(
      'testing/cordis-unknown-total-costs',
      { sourceId: 'cordis-project' },
    );
    expect(row).toEqual({ unknown: 64, zero: 0 });
  });

  it('changes nothing when the same export is imported again', async () => {
    await importCordis(graph, horizon());
    expect(await countsOf(graph)).toEqual(imported.counts);
    expect(await graphChecksum(graph)).toBe(imported.checksum);
  });

  it('imports the older layout (tab-separated, id for the PIC) whole', async () => {
    const before = await countsOf(graph);
    await importCordis(
      graph,
      readCordisExport(
        {
          projects: path.join(REAL, 'older-layout/projects-fp1.tsv'),
          organisations: path.join(REAL, 'older-layout/organizations-fp1.tsv'),
        },
        { today: TODAY },
      ),
    );
    const after = await countsOf(graph);
    expect((after.Project ?? 0) - (before.Project ?? 0)).toBe(68);
    const [row] = await graph.read<{ rows: number }>('testing/cordis-participant-rows', {
      sourceId: 'cordis-projects-fp1',
    });
    expect(row?.rows).toBe(300);
  });
});
