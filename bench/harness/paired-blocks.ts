import { seededRandom } from '../../src/analytics/seeded-random.js';
import { median } from './percentile.js';

/** One short load on one setting, within a round of blocks. */
export interface Block {
  round: number;
  setting: string;
  /** A figure of the block: throughput, CPU time per request… */
  value: number;
}

/**
 * The order of the settings in each round: every permutation in turn
 * (for three settings, six rounds visit each order once), so that no
 * setting is always first, last or next to the same neighbour.
 */
export function roundOrder<T>(settings: readonly T[], round: number): T[] {
  const all = permutations(settings);
  return all[round % all.length] as T[];
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/**
 * `a ÷ b` within each round that measured both (the two blocks a few
 * seconds apart in the same process), in round order. A round missing
 * either side, or with a zero or non-finite `b`, gives no ratio.
 */
export function pairedRatios(blocks: readonly Block[], a: string, b: string): number[] {
  const rounds = [...new Set(blocks.map((block) => block.round))].sort((x, y) => x - y);
  const ratios: number[] = [];
  for (const round of rounds) {
    const top = blocks.find((block) => block.round === round && block.setting === a);
    const bottom = blocks.find((block) => block.round === round && block.setting === b);
    if (!top || !bottom) continue;
    const ratio = top.value / bottom.value;
    if (Number.isFinite(ratio) && bottom.value !== 0) ratios.push(ratio);
  }
  return ratios;
}

/** The distribution of paired ratios: median, range, quartiles and a bootstrap interval of the median. */
export interface RatioSummary {
  n: number;
  median: number;
  min: number;
  max: number;
  /** First and third quartile (linear interpolation between order statistics). */
  q1: number;
  q3: number;
  /** 2.5th and 97.5th percentile of the median over bootstrap resamples of the ratios. */
  low: number;
  high: number;
}

/**
 * Summarises the ratios; the bootstrap draws `resamples` samples of the
 * same size with replacement from a seeded generator, so a summary is the
 * same every time it is computed from the same ratios.
 */
export function summariseRatios(
  ratios: readonly number[],
  resamples = 2000,
  seed = 1,
): RatioSummary | undefined {
  if (ratios.length === 0) return undefined;
  const sorted = [...ratios].sort((x, y) => x - y);
  const random = seededRandom(seed);
  const medians: number[] = [];
  for (let r = 0; r < resamples; r += 1) {
    const sample = sorted.map(() => sorted[Math.floor(random() * sorted.length)] as number);
    medians.push(median(sample));
  }
  medians.sort((x, y) => x - y);
  return {
    n: sorted.length,
    median: median(sorted),
    min: sorted[0] as number,
    max: sorted.at(-1) as number,
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    low: quantile(medians, 0.025),
    high: quantile(medians, 0.975),
  };
}

/** The q-quantile of sorted values, interpolating linearly between neighbours. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const a = sorted[below] as number;
  const b = sorted[above] as number;
  return a + (b - a) * (position - below);
}

/** Met, missed or no verdict: the whole interval on one side of the bound, or across it. */
export type Verdict = 'met' | 'missed' | 'no verdict';

/**
 * Whether `ratio ≥ bound` (e.g. traced ÷ untraced throughput ≥ 0.90) holds
 * according to the interval [low, high]: met when all of it is at or
 * above, missed when all of it is below, otherwise no verdict.
 */
export function atLeastVerdict(low: number, high: number, bound: number): Verdict {
  if (low >= bound) return 'met';
  if (high < bound) return 'missed';
  return 'no verdict';
}

/** Whether `ratio ≤ bound` (e.g. traced ÷ untraced CPU per request ≤ 1.10) holds, likewise. */
export function atMostVerdict(low: number, high: number, bound: number): Verdict {
  if (high <= bound) return 'met';
  if (low > bound) return 'missed';
  return 'no verdict';
}

/** `1.02× (IQR 0.99–1.05; 95 % CI of the median 1.00–1.04; range 0.95–1.09; 24 rounds)`. */
export function showRatioSummary(summary: RatioSummary | undefined): string {
  if (!summary) return '–';
  const f = (x: number) => x.toFixed(3);
  return (
    `${f(summary.median)}× (IQR ${f(summary.q1)}–${f(summary.q3)}; ` +
    `95 % CI of the median ${f(summary.low)}–${f(summary.high)}; ` +
    `range ${f(summary.min)}–${f(summary.max)}; ${summary.n} rounds)`
  );
}
