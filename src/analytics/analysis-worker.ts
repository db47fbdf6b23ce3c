import { move, transferableSymbol, valueSymbol } from 'piscina';
import type { AnalysisTask } from './analysis-task.js';
import { runAnalysisTask } from './analysis-task.js';
import { analysisTransferList, type PackedAnalysis } from './packed-analysis.js';

/**
 * The worker thread's entry (piscina calls the default export once per
 * task). A packed analysis goes back with its arrays transferred.
 */
export default function analyse(task: AnalysisTask): unknown {
  const result = runAnalysisTask(task);
  if (task.kind === 'evolution') return result;
  const packed = result as PackedAnalysis;
  return move({
    get [transferableSymbol]() {
      return analysisTransferList(packed);
    },
    get [valueSymbol]() {
      return packed;
    },
  });
}
