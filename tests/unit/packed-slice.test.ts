import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { transferableSymbol, valueSymbol } from 'piscina';
import { describe, expect, it } from 'vitest';
import { analyseNetwork } from '../../src/analytics/analyse-network.js';
import analyse from '../../src/analytics/analysis-worker.js';
import type { NetworkSlice } from '../../src/analytics/network-slice.js';
import {
  analysisTransferList,
  organisationTable,
  unpackAnalysis,
  type PackedAnalysis,
} from '../../src/analytics/packed-analysis.js';
import {
  packedPairs,
  packSlice,
  SliceBuilder,
  transferListOf,
  unpackSlice,
  type PackedSlice,
} from '../../src/analytics/packed-slice.js';
import { seededRandom } from '../../src/analytics/seeded-random.js';

/**
 * A random slice as the database returns it: projects with 1–6 members in id
 * order (names with quotes and non-ASCII letters), some without years or
 * funders, and one member the organisation statement did not return.
 */
function randomSlice(seed: number): NetworkSlice {
  const random = seededRandom(seed);
  const ids = Array.from({ length: 300 }, (_, i) => `org-${String(i).padStart(3, '0')}`);
  const projects = Array.from({ length: 400 }, (_, p) => {
    const members = new Set<string>();
    const size = 1 + Math.floor(random() * 6);
    const base = Math.floor(random() * 280);
    while (members.size < size) members.add(ids[base + Math.floor(random() * 20)]!);
    if (p === 7) members.add('org-gone');
    const start = p % 9 === 0 ? null : 2000 + Math.floor(random() * 20);
    return {
      id: `project-${p}`,
      startYear: start,
      endYear: start === null ? null : start + Math.floor(random() * 4),
      memberIds: [...members].sort(),
      funders:
        p % 5 === 0
          ? []
          : [
              { id: `fund-${p % 7}`, name: `Fund "${p % 7}" ÄÖ` },
              { id: 'fund-eu', name: 'EU' },
            ],
    };
  });
  const named = new Set(projects.flatMap((project) => project.memberIds));
  named.delete('org-gone');
  return {
    projects,
    organisations: [...named].sort().map((id, i) => ({
      id,
      name: `Organisation ${id} – ‘${i}’`,
      acronym: i % 3 === 0 ? null : `O${i}`,
      kind: i % 2 ? 'company' : 'agency',
      countryCode: i % 11 === 0 ? null : ['DE', 'FR', 'IT'][i % 3]!,
    })),
  };
}

/** Every typed array in `value`, however deep. */
function typedArraysIn(value: unknown, found: ArrayBufferView[] = []): ArrayBufferView[] {
  if (ArrayBuffer.isView(value)) found.push(value);
  else if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) typedArraysIn(inner, found);
  }
  return found;
}

/** Posts `value` through a real message port with `transferList`, as to or from a worker thread. */
async function post<T>(value: T, transferList: ArrayBuffer[]): Promise<T> {
  const { port1, port2 }: { port1: MessagePort; port2: MessagePort } = new MessageChannel();
  const received = new Promise<T>((resolve) => port2.once('message', resolve));
  port1.postMessage(value, transferList);
  try {
    return await received;
  } finally {
    port1.close();
    port2.close();
  }
}

describe('a slice crossing to the worker thread', () => {
  const slice = randomSlice(1);

  it('unpacks to the slice it was packed from', () => {
    expect(unpackSlice(packSlice(slice))).toEqual(slice);
  });

  it('crosses as transferred arrays: every array of it is transferred, none copied', async () => {
    const packed = packSlice(slice);
    const arrays = typedArraysIn(packed);
    const transfer = transferListOf(packed);
    expect(new Set(transfer)).toEqual(new Set(arrays.map((array) => array.buffer)));
    const received = await post(packed, transfer);
    // Transferred: the sender's arrays are detached, and the receiver has them whole.
    for (const array of arrays) expect(array.byteLength).toBe(0);
    expect(unpackSlice(received)).toEqual(slice);
    // Nothing else in it is an object per project or organisation: a few strings.
    for (const value of Object.values(received)) {
      expect(ArrayBuffer.isView(value) || typeof value === 'string').toBe(true);
    }
  });

  it('packs the same when organisations arrive while projects still do, in any order', () => {
    // The slice is read with the organisations' parts sent as soon as the
    // projects have named their ids, so their rows come in between.
    const builder = new SliceBuilder();
    const byId = new Map(
      slice.organisations.map((organisation) => [organisation.id, organisation]),
    );
    let added = 0;
    slice.projects.forEach((project, p) => {
      builder.addProject(project);
      if (p % 37 !== 36) return;
      const named = builder.memberIds();
      // Newest first, and an id not named yet is ignored (as one deleted meanwhile).
      for (let k = named.length - 1; k >= added; k--) {
        const organisation = byId.get(named[k]!);
        if (organisation) builder.addOrganisation(organisation);
      }
      builder.addOrganisation({ ...slice.organisations.at(-1)!, id: 'org-not-named' });
      added = named.length;
    });
    for (const id of builder.memberIds().slice(added)) {
      const organisation = byId.get(id);
      if (organisation) builder.addOrganisation(organisation);
    }
    expect(builder.pack()).toEqual(packSlice(slice));
    expect(unpackSlice(builder.pack())).toEqual(slice);
  });

  it('counts the pairs its projects can form', () => {
    const pairs = slice.projects.reduce(
      (sum, { memberIds }) => sum + (memberIds.length * (memberIds.length - 1)) / 2,
      0,
    );
    expect(packedPairs(packSlice(slice))).toBe(pairs);
  });
});

describe('an analysis crossing back from the worker thread', () => {
  const slice = randomSlice(2);
  const expected = analyseNetwork(slice, 3);

  /** What the worker entry returns, and the arrays it asks piscina to transfer. */
  function fromWorker(packedSlice: PackedSlice) {
    const movable = analyse({ kind: 'analysis', slice: packedSlice, seed: 3 }) as Record<
      symbol,
      unknown
    >;
    return {
      value: movable[valueSymbol] as PackedAnalysis,
      transfer: movable[transferableSymbol] as ArrayBuffer[],
    };
  }

  it('comes back as transferred arrays with the same figures as the analysis itself', async () => {
    const packedSlice = packSlice(slice);
    const table = organisationTable(packedSlice.organisationColumns);
    const { value, transfer } = fromWorker(packedSlice);
    const arrays = typedArraysIn(value);
    expect(new Set(transfer)).toEqual(new Set(arrays.map((array) => array.buffer)));
    expect(transfer).toEqual(analysisTransferList(value));
    const received = await post(value, transfer);
    for (const array of arrays) expect(array.byteLength).toBe(0);
    const analysis = await unpackAnalysis(received, table);
    expect({ ...analysis, computeMs: 0 }).toEqual({ ...expected, computeMs: 0 });
  });

  it('carries no row per organisation or backbone tie outside its arrays', () => {
    const { value } = fromWorker(packSlice(slice));
    const rows = JSON.stringify(value.rest);
    expect(expected.organisations.length).toBeGreaterThan(100);
    for (const { name } of expected.organisations) expect(rows).not.toContain(name);
  });
});
