import { isDeepStrictEqual } from 'node:util';
import type { Shape } from '../shapes/shape.js';
import type { RunningSystem } from '../systems/running-system.js';
import { SYSTEM_NAMES, type SystemName } from '../systems/system-name.js';

/** How every system answered one shape. */
export interface ShapeCheck {
  shape: string;
  /** True when every system's answer, brought into the comparable form, equals ours. */
  equal: boolean;
  /** Database statements per request, by system. */
  roundTrips: Partial<Record<SystemName, number>>;
  /** Our statements, in order. */
  ourStatements: string[];
  /** Size of our response body in bytes. */
  responseBytes: number;
  problems: string[];
}

interface Answer {
  data: unknown;
  roundTrips: number | null;
  statements: string[];
  bytes: number;
}

/**
 * Asks every system each shape's question once and compares the answers
 * with ours; counts the statements each
 * needed: ours and naive report theirs in `extensions.stats` when asked with
 * `x-debug-stats: 1`, the others in the `x-db-statements` header.
 */
export async function checkShapes(
  shapes: readonly Shape[],
  systems: ReadonlyMap<SystemName, RunningSystem>,
): Promise<ShapeCheck[]> {
  const checks: ShapeCheck[] = [];
  for (const shape of shapes) {
    const problems: string[] = [];
    const answers = new Map<SystemName, unknown>();
    const roundTrips: Partial<Record<SystemName, number>> = {};
    let ourStatements: string[] = [];
    let responseBytes = 0;
    for (const name of SYSTEM_NAMES) {
      const system = systems.get(name);
      if (!system || !shape.request(name)) continue;
      try {
        // The library checks the database version on its first request: keep that out of the count.
        if (name === 'neo4j-graphql') await ask(system, shape, name);
        const answer = await ask(system, shape, name);
        answers.set(name, shape.canonical(name, answer.data));
        if (answer.roundTrips !== null) roundTrips[name] = answer.roundTrips;
        if (name === 'ours') {
          ourStatements = answer.statements;
          responseBytes = answer.bytes;
        }
      } catch (error) {
        problems.push(`${name}: ${(error as Error).message}`);
      }
    }
    const reference = answers.get('ours');
    for (const [name, answer] of answers) {
      if (name === 'ours') continue;
      const difference = firstDifference(reference, answer);
      if (difference) problems.push(`${name} differs from ours at ${difference}`);
    }
    if (reference === undefined) problems.push('ours gave no answer');
    checks.push({
      shape: shape.name,
      equal: problems.length === 0,
      roundTrips,
      ourStatements,
      responseBytes,
      problems,
    });
  }
  return checks;
}

async function ask(system: RunningSystem, shape: Shape, name: SystemName): Promise<Answer> {
  const request = shape.request(name);
  if (!request) throw new Error(`${name} does not answer ${shape.name}`);
  const response = await fetch(`${system.url}${request.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-debug-stats': '1' },
    body: JSON.stringify(request.body),
  });
  const text = await response.text();
  const body = JSON.parse(text) as {
    data?: unknown;
    errors?: Array<{ message: string }>;
    extensions?: { stats?: { roundTrips: number; statements: string[] } };
  };
  if (response.status !== 200 || body.errors) {
    throw new Error(
      `HTTP ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? text.slice(0, 200)}`,
    );
  }
  const header = response.headers.get('x-db-statements');
  return {
    data: body.data,
    roundTrips: body.extensions?.stats?.roundTrips ?? (header === null ? null : Number(header)),
    statements: body.extensions?.stats?.statements ?? [],
    bytes: Buffer.byteLength(text),
  };
}

/** The path of the first difference between two JSON values, with both values; null when equal. */
export function firstDifference(a: unknown, b: unknown, path = 'data'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path} (length ${a.length} vs ${b.length})`;
    for (let i = 0; i < a.length; i += 1) {
      const inner = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (inner) return inner;
    }
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b as object)]);
    for (const key of [...keys].sort()) {
      const inner = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (inner) return inner;
    }
  }
  const show = (value: unknown) => JSON.stringify(value)?.slice(0, 120);
  return `${path}: ${show(a)} vs ${show(b)}`;
}
