import { readFileSync } from 'node:fs';

/** The parts of a V8 `.cpuprofile` (node --cpu-prof, or the inspector) the profile tools read. */
export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string };
    children?: number[];
  }>;
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds of CPU by layer: its own (self) and with what it calls (inclusive). */
export interface LayerTime {
  layer: string;
  selfMs: number;
  inclusiveMs: number;
}

export interface ProfileSummary {
  totalMs: number;
  layers: LayerTime[];
  /**
   * Each sample charged to one layer: the innermost frame that is not a
   * shared helper (graphql-js, Node's own code, V8 built-ins, small
   * utilities). graphql-js parsing a document for Apollo counts as Apollo's,
   * for our limits as the limits'; Node's socket writes under Express's
   * `res.end` count as Express's. Samples with nothing but helpers on the
   * stack (the HTTP parser, timers, microtask turns) are Node's, and the
   * native socket writes are counted apart ('socket writes'). Samples of the
   * profiler's own stop are left out.
   */
  charged: Map<string, number>;
}

/**
 * Where the time of a profile went, by layer: a package under node_modules,
 * a file of ours (`src/http/admission.middleware` …), Node's own code, or
 * V8's entries (garbage collector, program, idle). Self time counts a sample
 * for the function on top of the stack; inclusive time counts it once for
 * every layer on the stack, so `src/limits/…` includes the graphql-js code it
 * calls.
 */
export function summariseProfile(file: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const charged = new Map<string, number>();
  let totalMs = 0;
  const stackOf = (id: number) => {
    const stack: Array<CpuProfile['nodes'][number]> = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node) stack.push(node);
    }
    return stack;
  };
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const top = byId.get(id);
    if (!top) return;
    const stack = stackOf(id);
    // The profiler's own work (serialising the profile when it stops) is not the system's.
    if (stack.some((node) => node.callFrame.url === 'node:inspector')) return;
    totalMs += ms;
    const topLayer = layerOf(top.callFrame).name;
    self.set(topLayer, (self.get(topLayer) ?? 0) + ms);
    const seen = new Set<string>();
    let owner: string | undefined;
    for (const node of stack) {
      const layer = layerOf(node.callFrame);
      seen.add(layer.name);
      if (owner === undefined && !isHelper(layer)) owner = layer.name;
    }
    for (const layer of seen) inclusive.set(layer, (inclusive.get(layer) ?? 0) + ms);
    const to = SOCKET_CALLS.has(topLayer)
      ? 'socket writes'
      : (owner ?? (V8_ENTRIES.has(topLayer) ? topLayer : 'Node runtime'));
    charged.set(to, (charged.get(to) ?? 0) + ms);
  });
  const layers = [...inclusive.keys()]
    .map((layer) => ({
      layer,
      selfMs: self.get(layer) ?? 0,
      inclusiveMs: inclusive.get(layer) ?? 0,
    }))
    .sort((a, b) => b.selfMs - a.selfMs);
  return { totalMs, layers, charged };
}

/** V8's own entries: they stand for themselves. */
const V8_ENTRIES: ReadonlySet<string> = new Set([
  '(garbage collector)',
  '(idle)',
  '(program)',
  '(root)',
]);

/**
 * Native calls that write to a socket: the system call's time is the
 * kernel's (and, on a busy machine, the wait for a core), whoever asked.
 */
const SOCKET_CALLS: ReadonlySet<string> = new Set([
  'writev',
  'writeBuffer',
  'writeUtf8String',
  'writeLatin1String',
  'writeAsciiString',
]);

/** Packages that work for whoever calls them: their time is their caller's. */
const HELPER_PACKAGES: ReadonlySet<string> = new Set([
  'graphql',
  'lru-cache',
  'p-limit',
  'yocto-queue',
]);

type FrameKind = 'package' | 'ours' | 'node' | 'builtin';

interface Layer {
  name: string;
  kind: FrameKind;
}

function isHelper(layer: Layer): boolean {
  if (layer.kind === 'package') return HELPER_PACKAGES.has(layer.name);
  // Node's own code, V8 built-ins and native bindings (JSON.stringify, writev, RegExp: …).
  return layer.kind === 'node' || layer.kind === 'builtin';
}

/** A package under node_modules, a file of ours, Node's code, or a built-in (by its name). */
export function layerOf(frame: { functionName: string; url: string }): Layer {
  const { url, functionName } = frame;
  if (url === '')
    return { name: functionName === '' ? '(anonymous)' : functionName, kind: 'builtin' };
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (modules) return { name: modules[1] as string, kind: 'package' };
  const ours = /\/dist\/((?:src|bench)\/.+)\.js$/.exec(url);
  if (ours) return { name: ours[1] as string, kind: 'ours' };
  if (url.startsWith('node:')) return { name: 'node internals', kind: 'node' };
  return { name: url, kind: 'builtin' };
}
