import type Sigma from 'sigma';
import type { Attributes } from 'graphology-types';

/** A label as drawn: its node and its box in CSS pixels from the canvas's top left. */
export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Candidate {
  id: string;
  label: string;
  x: number;
  y: number;
  size: number;
  /** 2: selected or on a highlighted path; 1: one of the largest; 0: the rest. */
  priority: number;
}

/** Space kept free around each label, in pixels. */
const GAP = 2;
/** Longer names are cut with an ellipsis (the panel shows them whole). */
const MAX_LABEL_WIDTH = 200;

/**
 * Where labels go, decided once per frame instead of one at a time as Sigma
 * draws them: Sigma's own labels overlap each other, run off the canvas edge,
 * and its label grid can leave a large organisation unlabelled when a smaller
 * one shares its cell. Here Sigma only proposes labels; after the frame, forced
 * labels (the selection, the largest organisations) and then larger
 * organisations are placed first, each to the right, left, below or above its
 * node, in the first place that is inside the canvas and clear of every label
 * already placed; a label with no such place is left out (the selection's are
 * drawn inside the canvas anyway). Long names are cut to fit.
 */
export function placeLabels<N extends Attributes, E extends Attributes>(
  sigma: Sigma<N, E>,
): { placed(): readonly PlacedLabel[]; dispose(): void } {
  let candidates: Candidate[] = [];
  let placed: PlacedLabel[] = [];

  sigma.setSetting('defaultDrawNodeLabel', (_context, data) => {
    if (!data.label) return;
    candidates.push({
      id: data.key,
      label: data.label,
      x: data.x,
      y: data.y,
      size: data.size,
      priority: data.highlighted ? 2 : data.forceLabel ? 1 : 0,
    });
  });

  const beforeRender = () => {
    candidates = [];
  };
  const afterRender = () => {
    const context = sigma.getCanvases().labels?.getContext('2d');
    if (!context) return;
    const { width, height } = sigma.getDimensions();
    const fontSize = sigma.getSetting('labelSize');
    context.save();
    context.font = `${sigma.getSetting('labelWeight')} ${fontSize}px ${sigma.getSetting('labelFont')}`;
    context.fillStyle = sigma.getSetting('labelColor').color ?? '#000';
    context.textBaseline = 'top';
    placed = [];
    const ordered = [...candidates].sort(
      (a, b) => b.priority - a.priority || b.size - a.size || (a.id < b.id ? -1 : 1),
    );
    const maxWidth = Math.max(0, Math.min(MAX_LABEL_WIDTH, width - 2 * GAP));
    for (const candidate of ordered) {
      const text = fitText(context, candidate.label, maxWidth);
      if (!text) continue;
      const box = placeOne(candidate, context.measureText(text).width, fontSize);
      const free = box.find(
        (spot) => fits(spot, width, height) && !placed.some((other) => overlaps(spot, other)),
      );
      const spot =
        free ?? (candidate.priority === 2 ? clampInside(box[0]!, width, height) : undefined);
      if (!spot) continue;
      placed.push(spot);
      context.fillText(text, spot.x, spot.y);
    }
    context.restore();
  };
  sigma.on('beforeRender', beforeRender);
  sigma.on('afterRender', afterRender);

  return {
    placed: () => placed,
    dispose: () => {
      sigma.off('beforeRender', beforeRender);
      sigma.off('afterRender', afterRender);
    },
  };
}

/** The four places a label may take around its node, in order of preference. */
function placeOne(candidate: Candidate, textWidth: number, fontSize: number): PlacedLabel[] {
  const { id, x, y, size } = candidate;
  const width = Math.ceil(textWidth);
  const height = fontSize;
  return [
    { id, x: x + size + 3, y: y - height / 2, width, height },
    { id, x: x - size - 3 - width, y: y - height / 2, width, height },
    { id, x: x - width / 2, y: y + size + 2, width, height },
    { id, x: x - width / 2, y: y - size - 2 - height, width, height },
  ];
}

function fits(box: PlacedLabel, width: number, height: number): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
}

function overlaps(a: PlacedLabel, b: PlacedLabel): boolean {
  return (
    a.x < b.x + b.width + GAP &&
    b.x < a.x + a.width + GAP &&
    a.y < b.y + b.height + GAP &&
    b.y < a.y + a.height + GAP
  );
}

function clampInside(box: PlacedLabel, width: number, height: number): PlacedLabel {
  return {
    ...box,
    x: Math.max(0, Math.min(box.x, width - box.width)),
    y: Math.max(0, Math.min(box.y, height - box.height)),
  };
}

/** The label as drawn: whole when it fits in `maxWidth`, else cut with an ellipsis; empty when nothing fits. */
function fitText(context: CanvasRenderingContext2D, label: string, maxWidth: number): string {
  if (context.measureText(label).width <= maxWidth) return label;
  let fitting = 0;
  let tooLong = label.length;
  while (tooLong - fitting > 1) {
    const middle = Math.floor((fitting + tooLong) / 2);
    if (context.measureText(`${label.slice(0, middle).trimEnd()}…`).width <= maxWidth)
      fitting = middle;
    else tooLong = middle;
  }
  return fitting === 0 ? '' : `${label.slice(0, fitting).trimEnd()}…`;
}
