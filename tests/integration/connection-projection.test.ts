import { describe, expect, it } from 'vitest';
import { useSeededService } from '../helpers/seeded-service.js';
import { askData, expectOwnAnswersInParallel } from '../helpers/selection-answers.js';

interface ConnectionValuesRow {
  unknownIds: string[];
  nodeIds: string[] | null;
  organisations: unknown[][] | null;
  countries: Array<unknown[] | null> | null;
  projects: unknown[][] | null;
}

// `connection` returns only the properties the request selects of the
// chain's organisations, their countries and its projects, wherever the path
// selects them (`steps { from to project }`, `organisations`, `projects`).
describe('connection: only the selected properties', () => {
  const seeded = useSeededService();

  it('sends each organisation, country and project as a list of the named values', async () => {
    const [row] = await seeded.graph.read<ConnectionValuesRow>('queries/connection', {
      fromId: 'university-of-iceland',
      toId: 'stuk',
      maxHops: 4,
      organisationProperties: ['id', 'name'],
      countryProperties: ['code'],
      projectProperties: ['id'],
    });
    expect(row!.nodeIds).toHaveLength(5);
    expect(row!.organisations!.map((values) => values.length)).toEqual([2, 2, 2]);
    expect(row!.organisations!.map((values) => values[0])).toEqual(
      row!.nodeIds!.filter((_, index) => index % 2 === 0),
    );
    expect(row!.projects).toEqual([['from-gaps-to-caps'], ['macro-regional-risk-scenarios']]);
    expect(row!.countries).toHaveLength(3);
    for (const country of row!.countries!) {
      if (country !== null) expect(country).toEqual([expect.stringMatching(/^[A-Z]{2}$/)]);
    }

    const [bare] = await seeded.graph.read<ConnectionValuesRow>('queries/connection', {
      fromId: 'university-of-iceland',
      toId: 'stuk',
      maxHops: 4,
      organisationProperties: ['id'],
      countryProperties: null,
      projectProperties: ['id'],
    });
    expect(bare!.countries).toBeNull();
    expect(bare!.organisations!.map((values) => values.length)).toEqual([1, 1, 1]);
  });

  it('answers every selected field, through steps, lists, aliases and fragments, as the entities do', async () => {
    interface Org {
      id: string;
      name?: string;
      acronym?: string | null;
      country?: { code: string; name: string } | null;
    }
    const data = await askData<{
      path: {
        hops: number;
        steps: Array<{
          from: Org;
          fromRole: string;
          project: { id: string; title?: string; startDate?: string | null };
          to: Org;
        }>;
        organisations: Org[];
        projects: Array<{ id: string; name: string; status: string }>;
      };
    }>(
      seeded.api.url,
      `fragment Where on Organisation { country { code name } }
       {
         path: connection(fromId: "university-of-iceland", toId: "stuk") {
           hops
           steps {
             from { id name ...Where }
             fromRole
             project { id title: name startDate }
             to { id acronym }
           }
           organisations { id }
           projects { id name status }
         }
       }`,
    );
    const path = data.path;
    expect(path.hops).toBe(2);
    for (const step of path.steps) {
      const expected = await askData<{ organisation: Org }>(
        seeded.api.url,
        `{ organisation(id: "${step.from.id}") { id name country { code name } } }`,
      );
      expect(step.from).toEqual(expected.organisation);
      const to = await askData<{ organisation: Org }>(
        seeded.api.url,
        `{ organisation(id: "${step.to.id}") { id acronym } }`,
      );
      expect(step.to).toEqual(to.organisation);
      const project = await askData<{ project: { id: string; title: string; startDate: string } }>(
        seeded.api.url,
        `{ project(id: "${step.project.id}") { id title: name startDate } }`,
      );
      expect(step.project).toEqual(project.project);
    }
    expect(path.organisations.map((organisation) => organisation.id)).toEqual([
      path.steps[0]!.from.id,
      path.steps[1]!.from.id,
      path.steps[1]!.to.id,
    ]);
    for (const project of path.projects) {
      const expected = await askData<{ project: { id: string; name: string; status: string } }>(
        seeded.api.url,
        `{ project(id: "${project.id}") { id name status } }`,
      );
      expect(project).toEqual(expected.project);
    }
  });

  it('gives each of many parallel clients with different selections its own answer', async () => {
    const selections = [
      'hops steps { from { id } to { id } }',
      'hops steps { from { id name country { code } } project { id name } to { id acronym } }',
      'organisations { id name country { name } } projects { id startDate }',
      'hops organisations { id } projects { id name status }',
    ];
    const queryOf = (selection: string) =>
      `{ connection(fromId: "university-of-iceland", toId: "stuk") { ${selection} } }`;
    await expectOwnAnswersInParallel(seeded.api.url, selections, queryOf);
  });
});
