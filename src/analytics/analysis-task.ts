import { analyseNetwork } from './analyse-network.js';
import type { NetworkAnalysis } from './network-analysis.js';
import { networkEvolution, type NetworkEvolution } from './network-evolution.js';
import type { NetworkSlice } from './network-slice.js';

/** A unit of analytics work: plain data in, plain data out, so it can run in a worker thread. */
export type AnalysisTask =
  | { kind: 'analysis'; slice: NetworkSlice; seed: number }
  | { kind: 'evolution'; slice: NetworkSlice; yearsPerPeriod: number };

export type AnalysisResult<T extends AnalysisTask> = T extends { kind: 'analysis' }
  ? NetworkAnalysis
  : NetworkEvolution;

export function runAnalysisTask(task: AnalysisTask): NetworkAnalysis | NetworkEvolution {
  return task.kind === 'analysis'
    ? analyseNetwork(task.slice, task.seed)
    : networkEvolution(task.slice, task.yearsPerPeriod);
}
