import { describe, expect, it } from 'vitest';
import { analyseNetwork } from '../../src/analytics/analyse-network.js';
import type { NetworkSlice, SliceProject } from '../../src/analytics/network-slice.js';

/** One two-organisation project per pair: every pair of `ids` shares a project. */
function clique(prefix: string, ids: string[]): SliceProject[] {
  const projects: SliceProject[] = [];
  ids.forEach((a, i) =>
    ids.slice(i + 1).forEach((b) =>
      projects.push({
        id: `${prefix}-${a}-${b}`,
        startYear: 2020,
        endYear: 2021,
        memberIds: [a, b],
        funders: [{ id: `fund-${prefix}`, name: `Fund ${prefix}` }],
      }),
    ),
  );
  return projects;
}

function sliceOf(projects: SliceProject[], countryOf: (id: string) => string): NetworkSlice {
  const ids = [...new Set(projects.flatMap((project) => project.memberIds))].sort();
  return {
    projects,
    organisations: ids.map((id) => ({
      id,
      name: `Organisation ${id}`,
      acronym: null,
      kind: 'AGENCY',
      countryCode: countryOf(id),
    })),
  };
}

const groupA = ['a1', 'a2', 'a3', 'a4', 'a5'];
const groupB = ['b1', 'b2', 'b3', 'b4', 'b5'];
/** Two dense groups of five joined only through `joiner`, who works with everyone in both. */
const planted = sliceOf(
  [
    ...clique('A', groupA),
    ...clique('B', groupB),
    ...[...groupA, ...groupB].map((id) => ({
      id: `J-${id}`,
      startYear: 2022,
      endYear: 2022,
      memberIds: ['joiner', id],
      funders: [],
    })),
  ],
  (id) => (id.startsWith('a') ? 'DE' : id.startsWith('b') ? 'FR' : 'LV'),
);

describe('network analytics on a planted structure', () => {
  const analysis = analyseNetwork(planted, 7);
  const byId = new Map(
    analysis.organisations.map((organisation) => [organisation.id, organisation]),
  );

  it('finds the two groups as communities', () => {
    const communityOf = (id: string) => byId.get(id)!.community;
    expect(new Set(groupA.map(communityOf)).size).toBe(1);
    expect(new Set(groupB.map(communityOf)).size).toBe(1);
    expect(communityOf('a1')).not.toBe(communityOf('b1'));
    expect(analysis.communities).toHaveLength(2);
    expect(analysis.modularity).toBeGreaterThan(0.3);
    expect(analysis.communityTies).toEqual([{ source: 0, target: 1, ties: 5, weight: 5 }]);
  });

  it('gives the joining organisation the top broker and betweenness scores', () => {
    const byBroker = [...analysis.organisations].sort((a, b) => b.brokerScore - a.brokerScore);
    const byBetweenness = [...analysis.organisations].sort((a, b) => b.betweenness - a.betweenness);
    expect(byBroker[0]!.id).toBe('joiner');
    expect(byBroker[1]!.brokerScore).toBeLessThan(byBroker[0]!.brokerScore);
    expect(byBetweenness[0]!.id).toBe('joiner');
    expect(byBetweenness[1]!.betweenness).toBe(0);
    // Ties spread evenly over two communities: 1 - (1/2)² - (1/2)².
    expect(byId.get('joiner')!.brokerScore).toBeCloseTo(0.5, 10);
  });

  it('computes betweenness equal to the hand-computed value', () => {
    // Every shortest path between A and B (5 × 5 pairs, both directions) runs
    // through the joiner, and nothing else does: 2·25 / ((n−1)(n−2)) with n = 11.
    expect(byId.get('joiner')!.betweenness).toBeCloseTo(50 / (10 * 9), 12);
    expect(analysis.betweennessSampleSize).toBeNull();
  });

  it('has PageRank summing to 1 and the joiner ranked first', () => {
    const sum = analysis.organisations.reduce(
      (total, organisation) => total + organisation.pageRank,
      0,
    );
    expect(sum).toBeCloseTo(1, 9);
    expect(analysis.organisations[0]!.id).toBe('joiner');
  });

  it('reports degree, weighted degree, shape and community make-up', () => {
    expect(byId.get('joiner')).toMatchObject({ degree: 10, weightedDegree: 10, projectCount: 10 });
    expect(byId.get('a1')).toMatchObject({ degree: 5, weightedDegree: 5, projectCount: 5 });
    expect(analysis.shape).toMatchObject({
      organisations: 11,
      ties: 30,
      components: 1,
      largestComponentSize: 11,
      largestComponentShare: 1,
      pathLengthSampleSize: null,
    });
    expect(analysis.shape.density).toBeCloseTo(30 / 55, 12);
    // Pairs at distance 1: 30; A–B pairs at distance 2: 25; over 55 pairs.
    expect(analysis.shape.averagePathLength).toBeCloseTo((30 + 2 * 25) / 55, 12);
    const [first, second] = analysis.communities;
    expect(first!.size + second!.size).toBe(11);
    const countries = analysis.communities.map((community) => community.countries[0]!.key).sort();
    expect(countries).toEqual(['DE', 'FR']);
    const funders = analysis.communities.map((community) => community.funders[0]!.key).sort();
    expect(funders).toEqual(['fund-A', 'fund-B']);
  });

  it('gives the same communities for the same seed', () => {
    const again = analyseNetwork(planted, 7);
    const partition = (a: typeof analysis) =>
      a.organisations.map((organisation) => [organisation.id, organisation.community]);
    expect(partition(again)).toEqual(partition(analysis));
    expect(again.modularity).toBe(analysis.modularity);
  });

  it('keeps every tied organisation in the backbone', () => {
    const inBackbone = new Set(analysis.backbone.flatMap((tie) => [tie.source, tie.target]));
    expect(inBackbone.size).toBe(11);
  });
});

describe('network analytics at the edges', () => {
  it('answers an empty slice', () => {
    const analysis = analyseNetwork({ projects: [], organisations: [] }, 1);
    expect(analysis.shape).toMatchObject({ organisations: 0, ties: 0, averagePathLength: null });
    expect(analysis.communities).toEqual([]);
  });

  it('answers organisations without ties: uniform PageRank, one community each', () => {
    const analysis = analyseNetwork(
      sliceOf(
        ['x', 'y', 'z'].map((id) => ({
          id: `p-${id}`,
          startYear: 2020,
          endYear: 2020,
          memberIds: [id],
          funders: [],
        })),
        () => 'EE',
      ),
      1,
    );
    expect(analysis.organisations.map((o) => o.pageRank)).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(analysis.communities).toHaveLength(3);
    expect(analysis.shape.components).toBe(3);
  });

  it('samples betweenness above the exact size and says how many sources it used', async () => {
    const { EXACT_MAX_ORGANISATIONS, SAMPLE_SOURCES } =
      await import('../../src/analytics/analytics-limits.js');
    const ids = Array.from(
      { length: EXACT_MAX_ORGANISATIONS + 1 },
      (_, i) => `o${String(i).padStart(5, '0')}`,
    );
    // A chain: o0 – o1 – … – oN.
    const projects = ids.slice(1).map((id, i) => ({
      id: `chain-${i}`,
      startYear: 2020,
      endYear: 2020,
      memberIds: [ids[i]!, id],
      funders: [],
    }));
    const analysis = analyseNetwork(
      sliceOf(projects, () => 'PL'),
      3,
    );
    expect(analysis.betweennessSampleSize).toBe(SAMPLE_SOURCES);
    expect(analysis.shape.pathLengthSampleSize).toBe(SAMPLE_SOURCES);
    const ends = analysis.organisations.filter((o) => o.id === ids[0] || o.id === ids.at(-1));
    expect(ends.map((o) => o.betweenness)).toEqual([0, 0]);
    const middle = analysis.organisations.find((o) => o.id === ids[1000])!;
    // Exact value for the middle of a chain of n: 2·(n/2)² / ((n−1)(n−2)) ≈ 0.5; the estimate is near it.
    expect(middle.betweenness).toBeGreaterThan(0.35);
    expect(middle.betweenness).toBeLessThan(0.65);
  });
});
