import type { NetworkSigma } from './components/network-canvas.component';
import type { PlacedLabel } from './graph/label-placement';
import type { Selection } from './selection';

/**
 * A read-only view of the explorer on `window.__explorer`, for browser
 * tests: what is drawn, whether the layout finished, where a node is on
 * screen, what is selected.
 */
export interface ExplorerTestHook {
  /** Nodes and edges in Sigma's graph. */
  order: number;
  size: number;
  layoutDone: boolean;
  selection: Selection;
  sigma: NetworkSigma | null;
  /** The labels drawn in the last frame, with their boxes in CSS pixels. */
  labels(): readonly PlacedLabel[];
  /** A node's position in CSS pixels from the top left of the canvas, or null if absent. */
  nodeViewportPosition(id: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __explorer?: ExplorerTestHook;
  }
}

/** Publishes the current state on `window.__explorer`. */
export function publishTestHook(state: Omit<ExplorerTestHook, 'nodeViewportPosition'>): void {
  const { sigma } = state;
  window.__explorer = {
    ...state,
    nodeViewportPosition: (id) => {
      const graph = sigma?.getGraph();
      if (!sigma || !graph?.hasNode(id)) return null;
      const { x, y } = graph.getNodeAttributes(id);
      return sigma.graphToViewport({ x, y });
    },
  };
}
