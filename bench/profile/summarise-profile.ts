import { readFileSync } from 'node:fs';

/** The parts of a V8 `.cpuprofile` (node --cpu-prof) this summary reads. */
interface CpuProfile {
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
}

/**
 * Where the time of a profile went, by layer: a package under node_modules,
 * a folder of ours (`src/limits`, `src/http` …), Node's own code, or V8's
 * entries (garbage collector, program, idle). Self time counts a sample for
 * the function on top of the stack; inclusive time counts it once for every
 * layer on the stack, so `src/limits` includes the graphql-js code it calls.
 */
export function summariseProfile(file: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    totalMs += ms;
    const top = byId.get(id);
    if (!top) return;
    const topLayer = layerOf(top.callFrame);
    self.set(topLayer, (self.get(topLayer) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node) seen.add(layerOf(node.callFrame));
    }
    for (const layer of seen) inclusive.set(layer, (inclusive.get(layer) ?? 0) + ms);
  });
  const layers = [...inclusive.keys()]
    .map((layer) => ({
      layer,
      selfMs: self.get(layer) ?? 0,
      inclusiveMs: inclusive.get(layer) ?? 0,
    }))
    .sort((a, b) => b.selfMs - a.selfMs);
  return { totalMs, layers };
}

function layerOf(frame: { functionName: string; url: string }): string {
  const { url, functionName } = frame;
  if (url === '') return functionName === '' ? '(anonymous)' : functionName;
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (modules) return modules[1] as string;
  const ours = /\/dist\/((?:src|bench)\/[^/]+)/.exec(url);
  if (ours) return (ours[1] as string).replace(/\.js$/, '');
  if (url.startsWith('node:')) return 'node internals';
  return url;
}
