import { describe, expect, it } from 'vitest';
import { analyseNetwork } from '../../src/analytics/analyse-network.js';
import { groupMemberIds } from '../../src/analytics/group-members.js';
import type { NetworkSlice, SliceProject } from '../../src/analytics/network-slice.js';

const project = (id: string, memberIds: string[]): SliceProject => ({
  id,
  startYear: 2015,
  endYear: 2015,
  memberIds,
  funders: [],
});

/**
 * Weighted ties (see tests/helpers/planted-groups-data.ts for the same graph
 * in the database): by country PL 3 organisations, 3 inner ties of weight 4;
 * SE 2, 1 of weight 2; none 1; PL–SE 3 ties of weight 4; SE–none 2 of weight 2.
 */
const slice: NetworkSlice = {
  projects: [
    project('p1', ['pl1', 'pl2', 'pl3']),
    project('p2', ['pl1', 'pl2']),
    project('p3', ['pl1', 'se1']),
    project('p4', ['pl1', 'se1', 'se2']),
    project('p5', ['pl2', 'se2']),
    project('p6', ['none1', 'se1', 'se2']),
  ],
  organisations: ['none1', 'pl1', 'pl2', 'pl3', 'se1', 'se2'].map((id) => ({
    id,
    name: id,
    acronym: null,
    kind: 'AGENCY',
    countryCode: id.startsWith('pl') ? 'PL' : id.startsWith('se') ? 'SE' : null,
  })),
};

describe('aggregated views of a network', () => {
  const analysis = analyseNetwork(slice, 1);

  it('sums ties and weights by country as computed by hand', () => {
    const { groups, ties } = analysis.groupedBy.country;
    expect(
      groups.map(({ id, size, internalTies, internalWeight }) => ({
        id,
        size,
        internalTies,
        internalWeight,
      })),
    ).toEqual([
      { id: 'PL', size: 3, internalTies: 3, internalWeight: 4 },
      { id: 'SE', size: 2, internalTies: 1, internalWeight: 2 },
      { id: 'none', size: 1, internalTies: 0, internalWeight: 0 },
    ]);
    expect(ties).toEqual([
      { source: 'PL', target: 'SE', ties: 3, weight: 4 },
      { source: 'none', target: 'SE', ties: 2, weight: 2 },
    ]);
  });

  it('accounts for every organisation and tie in either grouping', () => {
    const totalWeight = 2 + 1 + 1 + 2 + 1 + 1 + 2 + 1 + 1;
    for (const grouping of [analysis.groupedBy.country, analysis.groupedBy.community]) {
      const sizes = grouping.groups.reduce((sum, group) => sum + group.size, 0);
      const inner = grouping.groups.reduce((sum, group) => sum + group.internalTies, 0);
      const innerWeight = grouping.groups.reduce((sum, group) => sum + group.internalWeight, 0);
      const between = grouping.ties.reduce((sum, tie) => sum + tie.ties, 0);
      const betweenWeight = grouping.ties.reduce((sum, tie) => sum + tie.weight, 0);
      expect(sizes).toBe(6);
      expect(inner + between).toBe(analysis.shape.ties);
      expect(innerWeight + betweenWeight).toBe(totalWeight);
    }
    // Community groups are the analysis's communities, in its numbering.
    expect(
      analysis.groupedBy.community.groups.map((group) => [Number(group.id), group.size]),
    ).toEqual(analysis.communities.map((community) => [community.id, community.size]));
  });

  it('lists a group’s members for the drill-down and refuses a group it does not have', () => {
    expect(groupMemberIds(analysis, 'country', 'PL')).toEqual(['pl1', 'pl2', 'pl3']);
    expect(groupMemberIds(analysis, 'country', 'none')).toEqual(['none1']);
    expect(() => groupMemberIds(analysis, 'country', 'pl')).toThrow(/no country.*"pl"/);
    expect(() => groupMemberIds(analysis, 'community', '99')).toThrow(/no community/);
  });
});
