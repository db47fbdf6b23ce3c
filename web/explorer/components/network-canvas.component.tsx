import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData, SigmaNodeEventPayload } from 'sigma/types';
import { largestNodes } from '../graph/largest-nodes';
import { placeLabels, type PlacedLabel } from '../graph/label-placement';
import type { CoPartnershipEdge, NetworkGraph, OrganisationNode } from '../graph/network-graph';

/** What to emphasise on the graph: selected organisations, their ties, a connection path. */
export interface Highlight {
  focus: ReadonlySet<string>;
  pathNodes: ReadonlySet<string>;
  pathEdges: ReadonlySet<string>;
}

export const NO_HIGHLIGHT: Highlight = {
  focus: new Set(),
  pathNodes: new Set(),
  pathEdges: new Set(),
};

const FADED_NODE = '#e4e7eb';
const PATH_COLOUR = '#e4572e';
const TIE_COLOUR = '#7d8797';
/** The largest organisations always get a label (where it fits without overlapping). */
const ALWAYS_LABELLED = 12;

export type NetworkSigma = Sigma<OrganisationNode, CoPartnershipEdge>;

interface Props {
  graph: NetworkGraph;
  highlight: Highlight;
  /** Leave edges out of the drawing (while a big graph is being laid out). */
  hideEdges: boolean;
  onNodeClick(id: string, additive: boolean): void;
  onStageClick(): void;
  onSigma(sigma: NetworkSigma | null): void;
  /** Reads the labels drawn in the last frame (for the test view). */
  onLabels(placed: (() => readonly PlacedLabel[]) | null): void;
}

/**
 * The network drawn by Sigma (WebGL). One Sigma instance per graph; a change
 * of highlight only re-runs the reducers, not the indexation.
 */
export function NetworkCanvas(props: Props) {
  const { graph, highlight, hideEdges, onSigma, onLabels } = props;
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<NetworkSigma | null>(null);
  const highlightRef = useRef(highlight);
  const hideEdgesRef = useRef(hideEdges);
  const handlers = useRef(props);
  handlers.current = props;

  useEffect(() => {
    if (!container.current) return;
    // Sizes change with the analytics' "size by": the largest are read before each processing.
    let labelled = largestNodes(graph, ALWAYS_LABELLED);
    const nodeReducer = (node: string, data: OrganisationNode): Partial<NodeDisplayData> => {
      const { focus, pathNodes } = highlightRef.current;
      if (focus.size === 0 && pathNodes.size === 0) {
        return labelled.has(node) ? { ...data, forceLabel: true } : data;
      }
      if (pathNodes.has(node) || focus.has(node)) {
        return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
      }
      const tied = [...focus].some((id) => graph.hasEdge(node, id));
      if (tied && pathNodes.size === 0) return { ...data, zIndex: 1 };
      return { ...data, color: FADED_NODE, label: null, zIndex: 0 };
    };
    const edgeReducer = (edge: string, data: CoPartnershipEdge): Partial<EdgeDisplayData> => {
      if (hideEdgesRef.current) return { ...data, hidden: true };
      const { focus, pathNodes, pathEdges } = highlightRef.current;
      if (pathEdges.has(edge)) {
        return { ...data, color: PATH_COLOUR, size: Math.max(data.size, 4), zIndex: 2 };
      }
      if (pathNodes.size > 0) return { ...data, hidden: true };
      if (focus.size === 0) return data;
      const [source, target] = graph.extremities(edge);
      if (focus.has(source) || focus.has(target)) return { ...data, color: TIE_COLOUR, zIndex: 1 };
      return { ...data, hidden: true };
    };

    const sigma: NetworkSigma = new Sigma(graph, container.current, {
      zIndex: true,
      labelRenderedSizeThreshold: 6,
      labelFont: 'system-ui, sans-serif',
      labelSize: 12,
      minCameraRatio: 0.05,
      maxCameraRatio: 4,
      nodeReducer,
      edgeReducer,
    });
    const nodeClicked = ({ node, event }: SigmaNodeEventPayload) => {
      const original = event.original;
      handlers.current.onNodeClick(node, original.shiftKey || original.ctrlKey || original.metaKey);
    };
    sigma.on('clickNode', nodeClicked);
    // Sigma reports a second click soon after the first as a double click only: picking
    // two organisations quickly must still select both, and not zoom.
    sigma.on('doubleClickNode', (payload) => {
      payload.preventSigmaDefault();
      nodeClicked(payload);
    });
    sigma.on('clickStage', () => handlers.current.onStageClick());
    sigma.on('beforeProcess', () => {
      labelled = largestNodes(graph, ALWAYS_LABELLED);
    });
    const labels = placeLabels(sigma);
    sigmaRef.current = sigma;
    onSigma(sigma);
    onLabels(labels.placed);
    return () => {
      onLabels(null);
      labels.dispose();
      onSigma(null);
      sigmaRef.current = null;
      sigma.kill();
    };
    // A new Sigma only for a new graph: onSigma and onLabels are stable for the app's lifetime.
  }, [graph, onSigma, onLabels]);

  useEffect(() => {
    highlightRef.current = highlight;
    hideEdgesRef.current = hideEdges;
    sigmaRef.current?.refresh({ skipIndexation: true });
  }, [highlight, hideEdges]);

  return <div className="network-canvas" ref={container} data-testid="network-canvas" />;
}
