import { undirectedDensity } from 'graphology-metrics/graph/density.js';
import { buildCopartnerTies } from './copartner-graph.js';
import type { NetworkSlice } from './network-slice.js';

/** Periods reported at most (the most recent ones). */
export const MAX_PERIODS = 100;
/** Risers listed per period. */
const TOP_RISERS = 5;

export interface Riser {
  id: string;
  name: string;
  /** Co-partners in this period. */
  degree: number;
  /** Co-partners gained over the period before. */
  gain: number;
}

export interface EvolutionPeriod {
  fromYear: number;
  toYear: number;
  /** Projects active in the period. */
  projects: number;
  organisations: number;
  ties: number;
  /** Ties seen in no earlier period. */
  newTies: number;
  density: number;
  risers: Riser[];
}

export interface NetworkEvolution {
  periods: EvolutionPeriod[];
  /** Earlier periods left out beyond MAX_PERIODS. */
  omittedPeriods: number;
  /** Projects without a start year, in no period. */
  undatedProjects: number;
}

/**
 * The slice period by period (`yearsPerPeriod` years each, from the earliest
 * start year): the network of the projects active in the period, its new
 * ties, and the organisations that gained the most co-partners over the
 * period before.
 */
export function networkEvolution(slice: NetworkSlice, yearsPerPeriod: number): NetworkEvolution {
  const dated = slice.projects.filter((project) => project.startYear !== null);
  if (dated.length === 0) {
    return { periods: [], omittedPeriods: 0, undatedProjects: slice.projects.length };
  }
  // Reduced, not spread: a spread of 35,000 arguments is near the engine's limit.
  const first = dated.reduce((min, project) => Math.min(min, project.startYear!), Infinity);
  const last = dated.reduce(
    (max, project) => Math.max(max, project.endYear ?? project.startYear!),
    -Infinity,
  );
  const total = Math.floor((last - first) / yearsPerPeriod) + 1;
  const skipped = Math.max(0, total - MAX_PERIODS);
  const organisationIds = slice.organisations.map((organisation) => organisation.id);
  const nameOf = new Map(slice.organisations.map((o) => [o.id, o.name]));
  // Every tie of the slice once, so that a tie is marked seen at its place here.
  const all = buildCopartnerTies(organisationIds, dated);
  const { ids } = all;
  const seen = new Uint8Array(all.neighbours.length);
  let previousDegree = new Uint32Array(ids.length);
  const periods: EvolutionPeriod[] = [];
  for (let period = 0; period < total; period++) {
    const fromYear = first + period * yearsPerPeriod;
    const toYear = fromYear + yearsPerPeriod - 1;
    const active = dated.filter(
      (project) =>
        project.startYear! <= toYear && (project.endYear ?? project.startYear!) >= fromYear,
    );
    const ties = buildCopartnerTies(organisationIds, active);
    const degree = new Uint32Array(ids.length);
    let members = 0;
    let newTies = 0;
    const risers: Riser[] = [];
    for (let i = 0; i < ids.length; i++) {
      if (ties.projectCounts[i]! > 0) members += 1;
      degree[i] = ties.starts[i + 1]! - ties.starts[i]!;
      // This period's co-partners and all of them are both in index order: walk them together.
      let k = all.starts[i]!;
      for (let m = ties.starts[i]!; m < ties.starts[i + 1]!; m++) {
        const j = ties.neighbours[m]!;
        while (all.neighbours[k]! !== j) k++;
        if (j > i && seen[k] === 0) {
          seen[k] = 1;
          newTies += 1;
        }
      }
      const gain = degree[i]! - previousDegree[i]!;
      if (degree[i]! > 0 && gain > 0) {
        risers.push({ id: ids[i]!, name: nameOf.get(ids[i]!)!, degree: degree[i]!, gain });
      }
    }
    risers.sort((a, b) => b.gain - a.gain || (a.id < b.id ? -1 : 1));
    risers.length = Math.min(risers.length, TOP_RISERS);
    previousDegree = degree;
    if (period < skipped) continue;
    periods.push({
      fromYear,
      toYear,
      projects: active.length,
      organisations: members,
      ties: ties.size,
      newTies,
      density: members < 2 ? 0 : undirectedDensity(members, ties.size),
      risers,
    });
  }
  return {
    periods,
    omittedPeriods: skipped,
    undatedProjects: slice.projects.length - dated.length,
  };
}
