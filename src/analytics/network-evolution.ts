import { undirectedDensity } from 'graphology-metrics/graph/density.js';
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
  const ids = slice.organisations.map((organisation) => organisation.id);
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  const nameOf = new Map(slice.organisations.map((o) => [o.id, o.name]));
  const size = ids.length;
  const seen = new Set<number>();
  // Co-partners per organisation index in this period and the one before.
  let degree = new Uint32Array(size);
  let previousDegree = new Uint32Array(size);
  const periods: EvolutionPeriod[] = [];
  for (let period = 0; period < total; period++) {
    const fromYear = first + period * yearsPerPeriod;
    const toYear = fromYear + yearsPerPeriod - 1;
    const active = dated.filter(
      (project) =>
        project.startYear! <= toYear && (project.endYear ?? project.startYear!) >= fromYear,
    );
    const ties = new Set<number>();
    const members = new Set<number>();
    for (const project of active) {
      const indices = [...new Set(project.memberIds.map((id) => indexOf.get(id)!))].sort(
        (a, b) => a - b,
      );
      for (let i = 0; i < indices.length; i++) {
        members.add(indices[i]!);
        for (let j = i + 1; j < indices.length; j++) {
          ties.add(indices[i]! * size + indices[j]!);
        }
      }
    }
    let newTies = 0;
    degree.fill(0);
    for (const key of ties) {
      const a = Math.floor(key / size);
      degree[a]! += 1;
      degree[key - a * size]! += 1;
      if (!seen.has(key)) {
        seen.add(key);
        newTies += 1;
      }
    }
    const risers: Riser[] = [];
    for (const index of members) {
      const gain = degree[index]! - previousDegree[index]!;
      if (degree[index]! > 0 && gain > 0) {
        risers.push({
          id: ids[index]!,
          name: nameOf.get(ids[index]!)!,
          degree: degree[index]!,
          gain,
        });
      }
    }
    risers.sort((a, b) => b.gain - a.gain || (a.id < b.id ? -1 : 1));
    risers.length = Math.min(risers.length, TOP_RISERS);
    [previousDegree, degree] = [degree, previousDegree];
    if (period < skipped) continue;
    periods.push({
      fromYear,
      toYear,
      projects: active.length,
      organisations: members.size,
      ties: ties.size,
      newTies,
      density: members.size < 2 ? 0 : undirectedDensity(members.size, ties.size),
      risers,
    });
  }
  return {
    periods,
    omittedPeriods: skipped,
    undatedProjects: slice.projects.length - dated.length,
  };
}
