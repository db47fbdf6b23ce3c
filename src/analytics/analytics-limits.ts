/**
 * Where the analytics switch from exact to sampled figures. Exact betweenness
 * and average path length cost one breadth-first search per organisation
 * (O(n·m)); above EXACT_MAX_ORGANISATIONS they are estimated from
 * SAMPLE_SOURCES searches from organisations drawn with the seed, and the
 * response says how many were used.
 */
export const EXACT_MAX_ORGANISATIONS = 2_000;
export const SAMPLE_SOURCES = 100;

/**
 * The largest slice analysed on demand, in ties: a larger filtered slice is
 * refused with advice to narrow it. The whole network, however large, is
 * analysed in the background after each write batch and always answered.
 */
export const MAX_SLICE_TIES = 1_000_000;

/** The seed of the community detection and of the samples when a request gives none. */
export const DEFAULT_SEED = 1;
