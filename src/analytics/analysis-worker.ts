import type { AnalysisTask } from './analysis-task.js';
import { runAnalysisTask } from './analysis-task.js';

/** The worker thread's entry (piscina calls the default export once per task). */
export default function analyse(task: AnalysisTask): ReturnType<typeof runAnalysisTask> {
  return runAnalysisTask(task);
}
