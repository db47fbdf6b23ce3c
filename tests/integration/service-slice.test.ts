import { gql } from 'graphql-request';
import { describe, expect, it } from 'vitest';
import { DatasetFile } from '../../src/import/dataset-file.js';
import { importDatasets } from '../../src/import/import-datasets.js';
import { useSeededService } from '../helpers/seeded-service.js';

// The path HTTP -> Apollo -> resolver -> DataLoader -> .cypher -> Neo4j -> response, end to end.
describe('GraphQL service over a real Neo4j', () => {
  const seeded = useSeededService();

  it('answers /health without the database and /ready with it', async () => {
    const health = await fetch(`${seeded.api.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const ready = await fetch(`${seeded.api.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'neo4j' });
  });

  it('returns a project with its partners and their countries', async () => {
    const data = await seeded.api.client.request<{
      project: {
        name: string;
        participations: {
          nodes: Array<{
            role: string;
            task: string | null;
            organisation: { id: string; country: { code: string } | null };
          }>;
        };
      };
    }>(gql`
      {
        project(id: "from-gaps-to-caps") {
          name
          participations {
            nodes {
              role
              task
              organisation {
                id
                country {
                  code
                }
              }
            }
          }
        }
      }
    `);
    expect(data.project.name).toBe('From Gaps to Caps');
    const leaders = data.project.participations.nodes
      .filter((p) => p.role === 'TASK_LEADER')
      .map((p) => `${p.task}:${p.organisation.id}`)
      .sort();
    expect(leaders).toEqual([
      'A:lithuania-fire-rescue-department',
      'B:cbss-secretariat-communication-team',
      'C:university-of-iceland',
      'D:hamburg-fire-rescue-service',
    ]);
    const coordinator = data.project.participations.nodes.find((p) => p.role === 'COORDINATOR');
    expect(coordinator?.organisation).toEqual({
      id: 'lithuania-fire-rescue-department',
      country: { code: 'LT' },
    });
  });

  it('returns null for an unknown id', async () => {
    const data = await seeded.api.client.request<{ organisation: unknown }>(gql`
      {
        organisation(id: "no-such-organisation") {
          id
        }
      }
    `);
    expect(data.organisation).toBeNull();
  });

  it('serves data written to Neo4j after start-up', async () => {
    const file = DatasetFile.parse(
      [
        'source: {id: slice-test, title: Slice test, kind: curation}',
        'organisations:',
        '  - {id: slice-test-agency, name: Slice Test Agency, kind: government agency, country: DE, lines: "1"}',
        'participations:',
        '  - {organisation: slice-test-agency, project: from-gaps-to-caps, role: partner, lines: "2"}',
      ].join('\n'),
      'slice-test.yaml',
    );
    await importDatasets(seeded.graph, [file]);
    const data = await seeded.api.client.request<{
      organisation: { name: string; participations: { nodes: Array<{ project: { id: string } }> } };
    }>(gql`
      {
        organisation(id: "slice-test-agency") {
          name
          participations {
            nodes {
              project {
                id
              }
            }
          }
        }
      }
    `);
    expect(data.organisation.name).toBe('Slice Test Agency');
    expect(data.organisation.participations.nodes.map((p) => p.project.id)).toEqual([
      'from-gaps-to-caps',
    ]);
  });

  it('reports database round trips per request when asked', async () => {
    const response = await fetch(`${seeded.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-debug-stats': '1' },
      body: JSON.stringify({
        query:
          '{ project(id: "from-gaps-to-caps") { participations { nodes { organisation { country { code } } } } } }',
      }),
    });
    const body = (await response.json()) as { extensions: { stats: { roundTrips: number } } };
    // Four levels: the project, then its participations, which bring their
    // organisations and those their countries.
    expect(body.extensions.stats.roundTrips).toBe(2);
  });
});
