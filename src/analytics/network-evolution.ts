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
  let previousDegree = new Map<number, number>();
  const periods: EvolutionPeriod[] = [];
  for (let period = 0; period < total; period++) {
    const fromYear = first + period * yearsPerPeriod;
    const toYear = fromYear + yearsPerPeriod - 1;
    const active = dated.filter(
      (project) =>
        project.startYear! <= toYear && (project.endYear ?? project.startYear!) >= fromYear,
    );
    const ties = new Set<number>();
    const partners = new Map<number, Set<number>>();
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
    for (const key of ties) {
      const a = Math.floor(key / size);
      const b = key - a * size;
      (partners.get(a) ?? partners.set(a, new Set()).get(a)!).add(b);
      (partners.get(b) ?? partners.set(b, new Set()).get(b)!).add(a);
      if (!seen.has(key)) {
        seen.add(key);
        newTies += 1;
      }
    }
    const degree = new Map([...partners].map(([index, set]) => [index, set.size]));
    const risers = [...degree]
      .map(([index, count]) => ({ index, count, gain: count - (previousDegree.get(index) ?? 0) }))
      .filter((riser) => riser.gain > 0)
      .sort((a, b) => b.gain - a.gain || (ids[a.index]! < ids[b.index]! ? -1 : 1))
      .slice(0, TOP_RISERS)
      .map(({ index, count, gain }) => ({
        id: ids[index]!,
        name: nameOf.get(ids[index]!)!,
        degree: count,
        gain,
      }));
    previousDegree = degree;
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
