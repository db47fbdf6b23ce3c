import type { CopartnerTies } from './copartner-graph.js';

/** A Louvain partition by organisation index. */
export interface LouvainPartition {
  /** Community label per organisation index (labels are 0 … count − 1, in no meaningful order). */
  communities: Uint32Array;
  count: number;
  modularity: number;
}

/**
 * Louvain communities of the weighted ties, computed on the compact ties.
 *
 * This is graphology-communities-louvain 2.0.2 (undirected, fast local moves,
 * random walk, resolution 1) with graphology-indices' UndirectedLouvainIndex,
 * step for step, reading the ties where the library reads a graphology graph:
 * it visits nodes, queues neighbours, breaks ties and draws random numbers in
 * the same order, so for the same ties and `random` it returns the same
 * partition and modularity as the library given the same ties as a graphology
 * graph (tests/unit/graph-algorithms.test.ts checks this against the library).
 * At CORDIS scale building that graph took 19–24 s and about 800 MB, more
 * than four times Louvain itself; the library's own index is already a
 * compact form like this one.
 *
 * The library fills each node's neighbourhood from the graph's edges, which
 * the service added in order of their lower then higher end, so every
 * node meets its neighbours in descending index order at the first level;
 * at later levels, in ascending community order.
 */
export function louvain(ties: CopartnerTies, random: () => number): LouvainPartition {
  const order = ties.ids.length;
  let C = order;
  let M = 0;
  let starts = new Uint32Array(order + 1);
  let neighbourhood = new Uint32Array(ties.neighbours.length);
  let weights = new Float64Array(ties.neighbours.length);
  const loops = new Float64Array(order);
  const totalWeights = new Float64Array(order);
  const belongings = new Uint32Array(order);
  const counts = new Uint32Array(order);
  const unused = new Uint32Array(order);
  let U = 0;
  {
    let n = 0;
    for (let i = 0; i < order; i++) {
      starts[i] = n;
      for (let k = ties.starts[i + 1]! - 1; k >= ties.starts[i]!; k--) {
        const weight = ties.weights[k]!;
        neighbourhood[n] = ties.neighbours[k]!;
        weights[n++] = weight;
        totalWeights[i]! += weight;
        if (ties.neighbours[k]! > i) M += weight;
      }
      belongings[i] = i;
      counts[i] = 1;
    }
    starts[order] = n;
  }
  const mapping = belongings.slice();
  const twoM = 2 * M;

  // The candidate communities of one node with the weight of its ties into each (a sparse map).
  const candidates = new Uint32Array(order);
  const candidateWeights = new Float64Array(order);
  const slotOf = new Uint32Array(order);
  let candidateCount = 0;
  const weightInto = (community: number): number => {
    const slot = slotOf[community]!;
    return slot < candidateCount && candidates[slot] === community ? candidateWeights[slot]! : 0;
  };

  // The nodes still to visit: first in, first out, each at most once.
  const queue = new Uint32Array(order);
  const queued = new Uint8Array(order);
  let head = 0;
  let queueSize = 0;
  const enqueue = (node: number) => {
    if (queued[node]) return;
    queued[node] = 1;
    queue[(head + queueSize) % order] = node;
    queueSize += 1;
  };

  let moveWasMade = true;
  while (moveWasMade) {
    const l = C;
    moveWasMade = false;
    let ri = Math.floor(random() * l);
    for (let s = 0; s < l; s++, ri++) enqueue(ri % l);

    while (queueSize !== 0) {
      const i = queue[head]!;
      queued[i] = 0;
      head = head + 1 === order ? 0 : head + 1;
      queueSize -= 1;

      let degree = 0;
      candidateCount = 0;
      const current = belongings[i]!;
      for (let k = starts[i]!; k < starts[i + 1]!; k++) {
        const weight = weights[k]!;
        const target = belongings[neighbourhood[k]!]!;
        degree += weight;
        const slot = slotOf[target]!;
        if (slot < candidateCount && candidates[slot] === target) candidateWeights[slot]! += weight;
        else {
          slotOf[target] = candidateCount;
          candidates[candidateCount] = target;
          candidateWeights[candidateCount++] = weight;
        }
      }

      const withLoops = degree + loops[i]!;
      let bestDelta =
        weightInto(current) - (withLoops * (totalWeights[current]! - withLoops) * 1) / twoM;
      let best = current;
      for (let c = 0; c < candidateCount; c++) {
        const target = candidates[c]!;
        if (target === current) continue;
        const delta = candidateWeights[c]! - (withLoops * totalWeights[target]! * 1) / twoM;
        if (
          Math.abs(delta - bestDelta) < EPSILON
            ? best !== current && target > best
            : delta > bestDelta
        ) {
          bestDelta = delta;
          best = target;
        }
      }

      if (bestDelta < 0) {
        // Back to a community of its own (isolate).
        if (counts[current] === 1) continue;
        best = unused[--U]!;
        totalWeights[current]! -= withLoops;
        totalWeights[best]! += withLoops;
        belongings[i] = best;
        counts[current]! -= 1;
        counts[best]! += 1;
      } else {
        if (best === current) continue;
        totalWeights[current]! -= withLoops;
        totalWeights[best]! += withLoops;
        belongings[i] = best;
        const nowEmpty = counts[current]! === 1;
        counts[current]! -= 1;
        counts[best]! += 1;
        if (nowEmpty) unused[U++] = current;
      }
      moveWasMade = true;
      for (let k = starts[i]!; k < starts[i + 1]!; k++) {
        const j = neighbourhood[k]!;
        if (belongings[j] !== best) enqueue(j);
      }
    }

    if (!moveWasMade) break;
    // Zoom out: the communities become the nodes of the next level.
    const label = new Int32Array(C).fill(-1);
    const inducedTotals = new Float64Array(C);
    let next = 0;
    for (let i = 0; i < C; i++) {
      const community = belongings[i]!;
      if (label[community] === -1) {
        label[community] = next;
        inducedTotals[next++] = totalWeights[community]!;
      }
      belongings[i] = label[community]!;
    }
    for (let i = 0; i < order; i++) mapping[i] = belongings[mapping[i]!]!;

    // The members of each new node, in index order.
    const memberStarts = new Uint32Array(next + 1);
    for (let i = 0; i < C; i++) memberStarts[belongings[i]! + 1]! += 1;
    for (let c = 0; c < next; c++) memberStarts[c + 1]! += memberStarts[c]!;
    const members = new Uint32Array(C);
    const fill = memberStarts.slice(0, next);
    for (let i = 0; i < C; i++) members[fill[belongings[i]!]!++] = i;

    const nextStarts = new Uint32Array(next + 1);
    const nextNeighbourhood = new Uint32Array(starts[C]!);
    const nextWeights = new Float64Array(starts[C]!);
    const internal = new Float64Array(next);
    const between = new Float64Array(next);
    const touched = new Uint32Array(next);
    let n = 0;
    for (let community = 0; community < next; community++) {
      let touchedCount = 0;
      for (let m = memberStarts[community]!; m < memberStarts[community + 1]!; m++) {
        const i = members[m]!;
        internal[community]! += loops[i]!;
        for (let k = starts[i]!; k < starts[i + 1]!; k++) {
          const other = belongings[neighbourhood[k]!]!;
          if (other === community) {
            internal[community]! += weights[k]!;
            continue;
          }
          if (between[other] === 0) touched[touchedCount++] = other;
          between[other]! += weights[k]!;
        }
      }
      nextStarts[community] = n;
      for (const other of touched.subarray(0, touchedCount).sort()) {
        nextNeighbourhood[n] = other;
        nextWeights[n++] = between[other]!;
        between[other] = 0;
      }
    }
    nextStarts[next] = n;
    C = next;
    for (let c = 0; c < C; c++) {
      totalWeights[c] = inducedTotals[c]!;
      loops[c] = internal[c]!;
      counts[c] = 1;
      belongings[c] = c;
    }
    starts = nextStarts;
    neighbourhood = nextNeighbourhood.slice(0, n);
    weights = nextWeights.slice(0, n);
    U = 0;
  }

  // Modularity of the last level.
  const internal = new Float64Array(C);
  for (let i = 0; i < C; i++) {
    const community = belongings[i]!;
    internal[community]! += loops[i]!;
    for (let k = starts[i]!; k < starts[i + 1]!; k++) {
      if (belongings[neighbourhood[k]!] === community) internal[community]! += weights[k]!;
    }
  }
  let modularity = 0;
  for (let c = 0; c < C; c++) {
    modularity += internal[c]! / twoM - Math.pow(totalWeights[c]! / twoM, 2) * 1;
  }
  return { communities: mapping, count: C, modularity };
}

/** Deltas closer than this are ties (as in the library). */
const EPSILON = 1e-10;
