import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type { NetworkGraph } from './network-graph';

/** How long one slice of layout work may hold the main thread, in milliseconds. */
const SLICE_MS = 24;

/** Iterations for a graph of this many nodes: fewer for big graphs, always bounded. */
export function layoutIterations(order: number): number {
  if (order <= 300) return 400;
  if (order <= 1500) return 300;
  return 150;
}

/** A running layout: `done` is true once every iteration ran, false when stopped before. */
export interface LayoutRun {
  done: Promise<boolean>;
  stop(): void;
}

function layoutSettings(graph: NetworkGraph) {
  // Strong gravity keeps organisations without ties near the rest instead of drifting off.
  return {
    ...forceAtlas2.inferSettings(graph),
    edgeWeightInfluence: 1,
    strongGravityMode: true,
    gravity: 0.2,
  };
}

/** A promise and the function that settles it. */
function deferred(): { promise: Promise<boolean>; settle(completed: boolean): void } {
  let settle: (completed: boolean) => void = () => {};
  const promise = new Promise<boolean>((resolve) => {
    settle = resolve;
  });
  return { promise, settle };
}

/**
 * ForceAtlas2 in a web worker: the main thread only copies positions back
 * (one graph update per iteration, which Sigma redraws). Stops after the
 * bounded number of iterations.
 */
function runInWorker(
  graph: NetworkGraph,
  total: number,
  onProgress?: (fraction: number) => void,
): LayoutRun {
  const { promise, settle } = deferred();
  const supervisor = new FA2LayoutSupervisor(graph, {
    settings: layoutSettings(graph),
    getEdgeWeight: 'weight',
  });
  let iterations = 0;
  // The supervisor writes all positions once per iteration it receives.
  const onIteration = () => {
    iterations += 1;
    if (iterations % 10 === 0) onProgress?.(Math.min(1, iterations / total));
    if (iterations >= total) finish(true);
  };
  const finish = (completed: boolean) => {
    graph.removeListener('eachNodeAttributesUpdated', onIteration);
    supervisor.stop();
    // Killing frees the supervisor's buffers, which the message being handled still uses.
    setTimeout(() => supervisor.kill(), 0);
    settle(completed);
  };
  graph.on('eachNodeAttributesUpdated', onIteration);
  supervisor.start();
  return { done: promise, stop: () => finish(false) };
}

/**
 * ForceAtlas2 on the main thread in short slices, one per animation frame:
 * the fallback where workers are unavailable.
 */
function runInSlices(
  graph: NetworkGraph,
  total: number,
  onProgress?: (fraction: number) => void,
): LayoutRun {
  const { promise, settle } = deferred();
  const settings = layoutSettings(graph);
  let iterations = 0;
  let stopped = false;
  const slice = () => {
    if (stopped) return;
    const started = performance.now();
    while (iterations < total && performance.now() - started < SLICE_MS) {
      forceAtlas2.assign(graph, { iterations: 1, settings, getEdgeWeight: 'weight' });
      iterations += 1;
    }
    onProgress?.(iterations / total);
    if (iterations >= total) settle(true);
    else requestAnimationFrame(slice);
  };
  requestAnimationFrame(slice);
  return {
    done: promise,
    stop: () => {
      stopped = true;
      settle(false);
    },
  };
}

/**
 * Lays the network out with ForceAtlas2 for a bounded number of iterations
 * (fewer for big graphs), in a web worker so the page stays responsive with
 * thousands of organisations; Sigma redraws as positions change.
 */
export function runLayout(graph: NetworkGraph, onProgress?: (fraction: number) => void): LayoutRun {
  if (graph.order === 0) return { done: Promise.resolve(true), stop: () => {} };
  const total = layoutIterations(graph.order);
  try {
    return runInWorker(graph, total, onProgress);
  } catch {
    return runInSlices(graph, total, onProgress);
  }
}
