import { analyseNetwork } from './analyse-network.js';
import type { NetworkEvolution } from './network-evolution.js';
import { networkEvolution } from './network-evolution.js';
import { packAnalysis, type PackedAnalysis } from './packed-analysis.js';
import { organisationTable } from './packed-analysis.js';
import { unpackSlice, type PackedSlice } from './packed-slice.js';

/**
 * A unit of analytics work: a packed slice in, a packed analysis (or a small
 * evolution) out, so it crosses to and from a worker thread as transferred
 * arrays and a few strings (see packed-slice.ts and packed-analysis.ts).
 */
export type AnalysisTask =
  | { kind: 'analysis'; slice: PackedSlice; seed: number }
  | { kind: 'evolution'; slice: PackedSlice; yearsPerPeriod: number };

export type AnalysisTaskResult<T extends AnalysisTask> = T extends { kind: 'analysis' }
  ? PackedAnalysis
  : NetworkEvolution;

export function runAnalysisTask(task: AnalysisTask): PackedAnalysis | NetworkEvolution {
  const slice = unpackSlice(task.slice);
  if (task.kind === 'evolution') return networkEvolution(slice, task.yearsPerPeriod);
  const numberOf = new Map<string, number>();
  organisationTable(task.slice.organisationColumns).ids.forEach((id, number) =>
    numberOf.set(id, number),
  );
  return packAnalysis(analyseNetwork(slice, task.seed), numberOf);
}
