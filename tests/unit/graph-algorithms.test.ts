import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { connectedComponents as graphologyComponents } from 'graphology-components';
import { undirectedSingleSourceLength } from 'graphology-shortest-path/unweighted.js';
import { analyseNetwork } from '../../src/analytics/analyse-network.js';
import { betweenness } from '../../src/analytics/betweenness.js';
import { buildCopartnerTies } from '../../src/analytics/copartner-graph.js';
import { louvain } from '../../src/analytics/louvain.js';
import type { NetworkSlice, SliceProject } from '../../src/analytics/network-slice.js';
import { connectedComponents, networkShape } from '../../src/analytics/network-shape.js';
import { pageRank } from '../../src/analytics/pagerank.js';
import { seededRandom } from '../../src/analytics/seeded-random.js';
import {
  copartnerGraph,
  louvain as graphologyLouvain,
  pagerank,
} from '../helpers/graphology-reference.js';

const graphologyBetweenness = createRequire(import.meta.url)(
  'graphology-metrics/centrality/betweenness.js',
) as typeof betweennessModule.default;

/**
 * A random co-partnership slice: `organisations` ids (some without any
 * project), `projects` projects of 2–6 members drawn with `seed`, a few of
 * them repeating a member or naming an organisation outside the slice.
 */
function randomProjects(organisations: number, projects: number, seed: number) {
  const random = seededRandom(seed);
  const ids = Array.from({ length: organisations }, (_, i) => `org-${String(i).padStart(4, '0')}`);
  const list: Array<Pick<SliceProject, 'memberIds'>> = [];
  for (let p = 0; p < projects; p++) {
    const size = 2 + Math.floor(random() * 5);
    // Members from a window of the ids, so the network has several components.
    const base = Math.floor(random() * (organisations - 30));
    const memberIds = Array.from({ length: size }, () => ids[base + Math.floor(random() * 30)]!);
    if (p % 17 === 0) memberIds.push('not-in-the-slice');
    list.push({ memberIds });
  }
  return { ids, projects: list };
}

describe('the analytics algorithms on compact ties, against graphology', () => {
  for (const seed of [1, 2, 3]) {
    const { ids, projects } = randomProjects(400, 300, seed);
    const ties = buildCopartnerTies(ids, projects);
    const graph = copartnerGraph(ties);

    it(`builds the same ties as counting every pair (seed ${seed})`, () => {
      const counted = new Map<string, number>();
      for (const { memberIds } of projects) {
        const members = [...new Set(memberIds)].filter((id) => ids.includes(id)).sort();
        members.forEach((a, i) =>
          members
            .slice(i + 1)
            .forEach((b) => counted.set(`${a} ${b}`, (counted.get(`${a} ${b}`) ?? 0) + 1)),
        );
      }
      const built = new Map<string, number>();
      graph.forEachEdge((_edge, { weight }, source, target) =>
        built.set(source < target ? `${source} ${target}` : `${target} ${source}`, weight),
      );
      expect(built).toEqual(counted);
      expect(ties.size).toBe(counted.size);
    });

    it(`gives graphology-communities-louvain's partition and modularity (seed ${seed})`, () => {
      expectLibraryLouvain(ties, seed);
    });

    it(`gives graphology-metrics' PageRank (seed ${seed})`, () => {
      const expected = pagerank(graph, { getEdgeWeight: 'weight' });
      const ranks = pageRank(ties);
      ties.ids.forEach((id, i) => expect(ranks[i]).toBeCloseTo(expected[id]!, 14));
    });

    it(`gives graphology-metrics' exact betweenness and the mean of its path lengths (seed ${seed})`, () => {
      const expected = graphologyBetweenness(graph, { getEdgeWeight: null });
      const result = betweenness(ties, 'all', seededRandom(1));
      expect(result.sampleSize).toBeNull();
      ties.ids.forEach((id, i) => expect(result.values[i]).toBeCloseTo(expected[id]!, 14));
      let hops = 0;
      let pairs = 0;
      for (const id of ties.ids) {
        for (const length of Object.values(undirectedSingleSourceLength(graph, id))) {
          if (length > 0) {
            hops += length;
            pairs += 1;
          }
        }
      }
      expect(networkShape(ties, result).averagePathLength).toBeCloseTo(hops / pairs, 12);
    });

    it(`counts graphology-components' components (seed ${seed})`, () => {
      const expected = graphologyComponents(graph);
      expect(connectedComponents(ties)).toEqual({
        components: expected.length,
        largest: Math.max(...expected.map((component) => component.length)),
      });
      expect(expected.length).toBeGreaterThan(1);
    });
  }

  it('estimates from a sample: the same sources give the same figures, and it says how many', () => {
    const { ids, projects } = randomProjects(400, 300, 4);
    const ties = buildCopartnerTies(ids, projects);
    const first = betweenness(ties, 50, seededRandom(9));
    const again = betweenness(ties, 50, seededRandom(9));
    expect(first.sampleSize).toBe(50);
    expect(again.values).toEqual(first.values);
  });
});

describe('betweenness when shortest paths outnumber 2³²', () => {
  // Two organisations joined through 9 layers of 12, each layer tied to all of
  // the next: 12⁹ ≈ 5.2 billion shortest paths between the two ends, more
  // than a 32-bit count holds.
  const layers = [
    ['start'],
    ...Array.from({ length: 9 }, (_, l) =>
      Array.from({ length: 12 }, (_, k) => `layer${l}-${String(k).padStart(2, '0')}`),
    ),
    ['end'],
  ];
  const projects: SliceProject[] = [];
  for (let l = 0; l + 1 < layers.length; l++) {
    for (const a of layers[l]!) {
      for (const b of layers[l + 1]!) {
        projects.push({
          id: `${a}+${b}`,
          startYear: 2020,
          endYear: 2020,
          memberIds: [a, b],
          funders: [],
        });
      }
    }
  }
  const slice: NetworkSlice = {
    projects,
    organisations: layers
      .flat()
      .sort()
      .map((id) => ({
        id,
        name: id,
        acronym: null,
        kind: 'AGENCY',
        countryCode: null,
      })),
  };

  it('adds up to the hops between the ends of every pair', () => {
    const analysis = analyseNetwork(slice, 1);
    const n = analysis.shape.organisations;
    expect(analysis.betweennessSampleSize).toBeNull();
    expect(analysis.shape.components).toBe(1);
    // Σ over organisations of the (unnormalised) paths through them equals
    // Σ over ordered pairs of (distance − 1), the organisations between them.
    const through =
      analysis.organisations.reduce((sum, o) => sum + o.betweenness, 0) * (n - 1) * (n - 2);
    const between = n * (n - 1) * (analysis.shape.averagePathLength! - 1);
    expect(through).toBeCloseTo(between, 6);
    // By symmetry every member of a layer scores the same.
    const layer4 = analysis.organisations.filter((o) => o.id.startsWith('layer4-'));
    expect(new Set(layer4.map((o) => o.betweenness.toFixed(12))).size).toBe(1);
  });
});

/**
 * Our Louvain on the compact ties against graphology-communities-louvain on
 * the same network as a graphology graph, with the same seeded random walk:
 * the same partition (the same communities, whatever their labels), the
 * same number of communities and the same modularity.
 */
function expectLibraryLouvain(ties: ReturnType<typeof buildCopartnerTies>, seed: number) {
  const expected = graphologyLouvain.detailed(copartnerGraph(ties), {
    getEdgeWeight: 'weight',
    rng: seededRandom(seed),
    randomWalk: true,
  });
  const ours = louvain(ties, seededRandom(seed));
  expect(ours.count).toBe(expected.count);
  expect(ours.modularity).toBe(expected.modularity);
  // The same partition: labels correspond one to one.
  const labelOf = new Map<number, number>();
  ties.ids.forEach((id, i) => {
    const theirs = expected.communities[id]!;
    if (!labelOf.has(theirs)) labelOf.set(theirs, ours.communities[i]!);
    expect(ours.communities[i]).toBe(labelOf.get(theirs));
  });
  expect(new Set(labelOf.values()).size).toBe(labelOf.size);
}

describe('Louvain on compact ties, against graphology-communities-louvain', () => {
  for (const [organisations, projects, seed] of [
    [3000, 4000, 11],
    [3000, 1500, 12],
    [20, 40, 13],
  ] as const) {
    it(`finds the library's communities on ${organisations} organisations and ${projects} projects`, () => {
      const { ids, projects: list } = randomProjects(organisations, projects, seed);
      expectLibraryLouvain(buildCopartnerTies(ids, list), seed);
    });
  }

  it('finds planted groups: dense cliques joined by single ties', () => {
    const ids = Array.from({ length: 60 }, (_, i) => `org-${String(i).padStart(2, '0')}`);
    const projects: Array<Pick<SliceProject, 'memberIds'>> = [];
    for (let group = 0; group < 6; group++) {
      const members = ids.slice(group * 10, group * 10 + 10);
      members.forEach((a, i) =>
        members.slice(i + 1).forEach((b) => projects.push({ memberIds: [a, b] })),
      );
      // One tie to the next group, so the network is connected.
      projects.push({ memberIds: [members[0]!, ids[((group + 1) % 6) * 10 + 5]!] });
    }
    const ties = buildCopartnerTies(ids, projects);
    const { communities, count } = louvain(ties, seededRandom(5));
    expect(count).toBe(6);
    for (let i = 0; i < 60; i++) expect(communities[i]).toBe(communities[Math.floor(i / 10) * 10]);
    expectLibraryLouvain(ties, 5);
  });

  it('gives the same partition for the same seed', () => {
    const { ids, projects } = randomProjects(3000, 4000, 21);
    const ties = buildCopartnerTies(ids, projects);
    expect(louvain(ties, seededRandom(3))).toEqual(louvain(ties, seededRandom(3)));
  });
});
