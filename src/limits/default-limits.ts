import type { QueryLimits } from '../config.js';

/** The per-request limits when none are configured (the LIMIT_* variables default to these). */
export const DEFAULT_LIMITS: QueryLimits = {
  depth: 12,
  cost: 50_000,
  aliases: 30,
  tokens: 5_000,
  fields: 2_000,
  selectionWidth: 100,
};
