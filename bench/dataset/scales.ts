/** How big a generated dataset is. */
export interface Scale {
  name: ScaleName;
  projects: number;
  organisations: number;
  /** Funding instruments (calls, topics) besides the framework programmes. */
  instruments: number;
  /** Countries organisations are based in (the largest first). */
  countries: number;
  /** Share of organisations with another spelling of their name. */
  aliasShare: number;
}

export type ScaleName = 'small' | 'medium' | 'cordis';

/**
 * `cordis` has the size of the CORDIS Horizon 2020 export (about 35k projects,
 * 60k organisations, 300k participations); `small` is for tests, `medium`
 * for quick local comparisons.
 */
export const SCALES: Readonly<Record<ScaleName, Scale>> = {
  small: {
    name: 'small',
    projects: 300,
    organisations: 500,
    instruments: 16,
    countries: 20,
    aliasShare: 0.08,
  },
  medium: {
    name: 'medium',
    projects: 3_000,
    organisations: 5_000,
    instruments: 60,
    countries: 30,
    aliasShare: 0.08,
  },
  cordis: {
    name: 'cordis',
    projects: 35_000,
    organisations: 60_000,
    instruments: 296,
    countries: 40,
    aliasShare: 0.08,
  },
};

export function isScaleName(value: string): value is ScaleName {
  return value in SCALES;
}
