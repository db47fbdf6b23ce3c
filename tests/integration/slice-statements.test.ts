import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SliceProject } from '../../src/analytics/network-slice.js';
import { projectsStatementFor, readNetworkSlice } from '../../src/analytics/read-network-slice.js';
import { sliceFilterOf, type SliceFilter } from '../../src/analytics/slice-filter.js';
import type { GraphClient } from '../../src/graph/graph-client.js';
import type { NetworkFilter } from '../../src/model/network-filter.input.js';
import { openTestGraph, resetAndSeed } from '../helpers/test-graph.js';

/** Ids of the seed graph that the filters below name. */
interface SeedIds {
  funders: string[];
  policyAreas: string[];
  countries: string[];
  projects: string[];
}

async function seedIds(graph: GraphClient): Promise<SeedIds> {
  const session = graph.driver.session({ database: graph.database });
  const ids = async (query: string): Promise<string[]> =>
    (await session.run(query)).records.map((record) => record.get('id') as string);
  try {
    return {
      // The funders and policy areas of the most projects, countries of the most organisations.
      funders: await ids(
        'MATCH (f:FundingSource)<-[:FUNDED_BY]-(p:Project) WITH f, count(p) AS n RETURN f.id AS id ORDER BY n DESC, id LIMIT 3',
      ),
      policyAreas: await ids(
        'MATCH (pa:PolicyArea)<-[:UNDER]-(p:Project) WITH pa, count(p) AS n RETURN pa.id AS id ORDER BY n DESC, id LIMIT 3',
      ),
      countries: await ids(
        'MATCH (c:Country)<-[:LOCATED_IN]-(o:Organisation)-[:PARTICIPATES_IN]->() WITH c, count(DISTINCT o) AS n RETURN c.code AS id ORDER BY n DESC, id LIMIT 4',
      ),
      projects: await ids(
        'MATCH (p:Project)<-[:PARTICIPATES_IN]-() RETURN DISTINCT p.id AS id ORDER BY id',
      ),
    };
  } finally {
    await session.close();
  }
}

/**
 * Filters of every kind alone and together, with periods and ids the graph
 * does not have, each naming which statement it is read with.
 */
function filters(seed: SeedIds): Array<[string, NetworkFilter]> {
  const some = seed.projects.filter((_, index) => index % 2 === 0);
  return [
    ['projects', { projectIds: some }],
    [
      'projects, one unknown and one twice',
      { projectIds: [...some.slice(0, 5), 'no-such-project', some[0]!] },
    ],
    ['projects and countries', { projectIds: some, countryCodes: seed.countries.slice(0, 2) }],
    [
      'projects, funder and period',
      { projectIds: seed.projects, fundingSourceIds: seed.funders.slice(0, 1), activeFrom: 2016 },
    ],
    ['funders', { fundingSourceIds: seed.funders }],
    ['one funder', { fundingSourceIds: seed.funders.slice(0, 1) }],
    [
      'funders and countries',
      { fundingSourceIds: seed.funders, countryCodes: seed.countries.slice(0, 2) },
    ],
    [
      'funders, policy area and period',
      {
        fundingSourceIds: seed.funders,
        policyAreaIds: seed.policyAreas.slice(0, 1),
        activeTo: 2022,
      },
    ],
    ['funders, one unknown', { fundingSourceIds: [...seed.funders.slice(0, 1), 'no-such-funder'] }],
    ['policy areas', { policyAreaIds: seed.policyAreas }],
    [
      'policy areas and countries',
      { policyAreaIds: seed.policyAreas, countryCodes: seed.countries },
    ],
    [
      'policy areas and period',
      { policyAreaIds: seed.policyAreas.slice(0, 2), activeFrom: 2018, activeTo: 2021 },
    ],
    ['countries', { countryCodes: seed.countries }],
    [
      'countries and period',
      { countryCodes: seed.countries.slice(0, 2), activeFrom: 2015, activeTo: 2020 },
    ],
  ];
}

// Each kind of filter reads its projects with a statement that starts from
// the filter's own nodes; whatever the filter, the rows must be those of the
// general statement, which visits every project.
describe('the projects of a network slice, by the kind of its filter', () => {
  let graph: GraphClient;
  let seed: SeedIds;
  beforeAll(async () => {
    graph = openTestGraph();
    await resetAndSeed(graph);
    seed = await seedIds(graph);
  });
  afterAll(async () => {
    await graph.driver.close();
  });

  it('finds ids of every kind in the seed graph', () => {
    expect(seed.funders).toHaveLength(3);
    expect(seed.policyAreas.length).toBeGreaterThanOrEqual(2);
    expect(seed.countries).toHaveLength(4);
    expect(seed.projects.length).toBeGreaterThanOrEqual(10);
  });

  it('gives the general statement’s rows for filters of every kind', async () => {
    const used = new Set<string>();
    for (const [title, filter] of filters(seed)) {
      const slice: SliceFilter = sliceFilterOf(filter);
      const statement = projectsStatementFor(slice);
      used.add(statement);
      expect(statement, title).not.toBe('analytics/network-projects');
      const general = await graph.read<SliceProject>('analytics/network-projects', { ...slice });
      const own = await graph.read<SliceProject>(statement, { ...slice });
      // Not trivially equal: every filter selects some projects.
      expect(general.length, title).toBeGreaterThan(0);
      expect(own, `${title} (${statement})`).toEqual(general);
    }
    expect([...used].sort()).toEqual([
      'analytics/network-projects-by-id',
      'analytics/network-projects-in-countries',
      'analytics/network-projects-in-policy-areas',
      'analytics/network-projects-of-funders',
    ]);
  });

  it('reads the whole network with the general statement', () => {
    expect(projectsStatementFor(sliceFilterOf(null))).toBe('analytics/network-projects');
    expect(projectsStatementFor(sliceFilterOf({ activeFrom: 2018 }))).toBe(
      'analytics/network-projects',
    );
  });

  it.each([2_000, 3])(
    'reads every organisation the projects name, with its columns (%i per read)',
    async (perRead) => {
      // With 3 per read, parts are sent while the projects still stream in.
      const slice = sliceFilterOf({ fundingSourceIds: seed.funders });
      const projects = await graph.read<SliceProject>('analytics/network-projects', { ...slice });
      const named = [...new Set(projects.flatMap((project) => project.memberIds))].sort();
      expect(named.length).toBeGreaterThan(10);
      const { slice: packed, organisations } = await readNetworkSlice(
        graph,
        slice,
        () => {},
        perRead,
      );
      expect([...organisations.ids].sort()).toEqual(named);
      expect([...packed.present]).toEqual(named.map(() => 1));
      const session = graph.driver.session({ database: graph.database });
      try {
        const rows = await session.run(
          'UNWIND $ids AS id MATCH (o:Organisation {id: id}) RETURN o.id AS id, o.name AS name',
          { ids: named },
        );
        const names = new Map(rows.records.map((row) => [row.get('id'), row.get('name')]));
        expect(organisations.ids.map((id) => names.get(id))).toEqual(organisations.names);
      } finally {
        await session.close();
      }
    },
  );
});
