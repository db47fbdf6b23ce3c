import type { NetworkAnalysis, OrganisationMetrics, WeightedTie } from './network-analysis.js';

/**
 * An analysis as it comes back from the worker thread: the per-organisation
 * figures and the backbone (the two parts that grow with the network: at
 * CORDIS scale 60,000 rows and about 100,000 ties) as typed arrays, which are
 * transferred, not copied; everything else (communities, grouped views, the
 * shape: hundreds of rows) as it is. Organisations are named by their number
 * in the packed slice (`PackedSlice`), whose names the service's thread still
 * holds (`OrganisationTable`), so no string of theirs crosses back.
 */
export interface PackedAnalysis {
  rest: Omit<NetworkAnalysis, 'organisations' | 'backbone'>;
  /** Slice numbers of the organisations, highest PageRank first; the arrays below follow this order. */
  order: Uint32Array;
  projectCounts: Uint32Array;
  degrees: Uint32Array;
  weightedDegrees: Float64Array;
  pageRanks: Float64Array;
  betweenness: Float64Array;
  brokerScores: Float64Array;
  communities: Uint32Array;
  /** Two slice numbers per backbone tie (source, target), in the backbone's order. */
  backboneEnds: Uint32Array;
  backboneWeights: Float64Array;
}

/** The organisations of a packed slice by number (`PackedSlice.organisationColumns`, parsed once). */
export interface OrganisationTable {
  ids: readonly string[];
  names: readonly string[];
  acronyms: ReadonlyArray<string | null>;
  kinds: readonly string[];
  countryCodes: ReadonlyArray<string | null>;
}

/** The organisation table of a packed slice's columns. */
export function organisationTable(organisationColumns: string): OrganisationTable {
  const [ids, names, acronyms, kinds, countryCodes] = JSON.parse(organisationColumns) as [
    string[],
    string[],
    Array<string | null>,
    string[],
    Array<string | null>,
  ];
  return { ids, names, acronyms, kinds, countryCodes };
}

/** Packs an analysis (in the worker); `numberOf` gives an organisation's slice number. */
export function packAnalysis(
  analysis: NetworkAnalysis,
  numberOf: ReadonlyMap<string, number>,
): PackedAnalysis {
  const { organisations, backbone, ...rest } = analysis;
  const count = organisations.length;
  const packed: PackedAnalysis = {
    rest,
    order: new Uint32Array(count),
    projectCounts: new Uint32Array(count),
    degrees: new Uint32Array(count),
    weightedDegrees: new Float64Array(count),
    pageRanks: new Float64Array(count),
    betweenness: new Float64Array(count),
    brokerScores: new Float64Array(count),
    communities: new Uint32Array(count),
    backboneEnds: new Uint32Array(backbone.length * 2),
    backboneWeights: new Float64Array(backbone.length),
  };
  organisations.forEach((organisation, i) => {
    packed.order[i] = numberOf.get(organisation.id)!;
    packed.projectCounts[i] = organisation.projectCount;
    packed.degrees[i] = organisation.degree;
    packed.weightedDegrees[i] = organisation.weightedDegree;
    packed.pageRanks[i] = organisation.pageRank;
    packed.betweenness[i] = organisation.betweenness;
    packed.brokerScores[i] = organisation.brokerScore;
    packed.communities[i] = organisation.community;
  });
  backbone.forEach((tie, i) => {
    packed.backboneEnds[2 * i] = numberOf.get(tie.source)!;
    packed.backboneEnds[2 * i + 1] = numberOf.get(tie.target)!;
    packed.backboneWeights[i] = tie.weight;
  });
  return packed;
}

/** The arrays to transfer with a packed analysis. */
export function analysisTransferList(packed: PackedAnalysis): ArrayBuffer[] {
  return [
    packed.order,
    packed.projectCounts,
    packed.degrees,
    packed.weightedDegrees,
    packed.pageRanks,
    packed.betweenness,
    packed.brokerScores,
    packed.communities,
    packed.backboneEnds,
    packed.backboneWeights,
  ].map((array) => array.buffer as ArrayBuffer);
}

/** Rows made between two turns of the event loop while unpacking. */
const ROWS_PER_TURN = 5_000;

/**
 * The analysis again (on the service's thread), with the organisations' names
 * from `table`. Its rows are made a few thousand at a time, letting requests
 * in between: made in one go, they (and the collections they set off) held
 * the event loop for most of a second at CORDIS scale.
 */
export async function unpackAnalysis(
  packed: PackedAnalysis,
  table: OrganisationTable,
): Promise<NetworkAnalysis> {
  const organisations = new Array<OrganisationMetrics>(packed.order.length);
  for (let i = 0; i < organisations.length; i++) {
    if (i > 0 && i % ROWS_PER_TURN === 0) await nextTurn();
    const number = packed.order[i]!;
    organisations[i] = {
      id: table.ids[number]!,
      name: table.names[number]!,
      acronym: table.acronyms[number] ?? null,
      kind: table.kinds[number]!,
      countryCode: table.countryCodes[number] ?? null,
      projectCount: packed.projectCounts[i]!,
      degree: packed.degrees[i]!,
      weightedDegree: packed.weightedDegrees[i]!,
      pageRank: packed.pageRanks[i]!,
      betweenness: packed.betweenness[i]!,
      brokerScore: packed.brokerScores[i]!,
      community: packed.communities[i]!,
    };
  }
  const backbone = new Array<WeightedTie>(packed.backboneWeights.length);
  for (let i = 0; i < backbone.length; i++) {
    if (i % ROWS_PER_TURN === 0) await nextTurn();
    backbone[i] = {
      source: table.ids[packed.backboneEnds[2 * i]!]!,
      target: table.ids[packed.backboneEnds[2 * i + 1]!]!,
      weight: packed.backboneWeights[i]!,
    };
  }
  return { ...packed.rest, organisations, backbone };
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
