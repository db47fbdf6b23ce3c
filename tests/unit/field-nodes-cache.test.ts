import {
  buildSchema,
  execute,
  parse,
  type FieldNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { FieldNodesCache } from '../../src/projection/field-nodes-cache.js';
import { perFieldNode } from '../../src/projection/per-field-node.js';
import { selectedFields } from '../../src/projection/selected-fields.js';

const schema = buildSchema(`
  type Query { a: A }
  type A { b: B }
  type B { x: Int y: Int }
`);

/** Executes `document` `times` times, calling `onB` in every resolver of `A.b`. */
async function executeTimes(
  document: ReturnType<typeof parse>,
  times: number,
  onB: (info: GraphQLResolveInfo, path: string) => void,
): Promise<void> {
  const rootValue = {
    a: () => ({
      b: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        onB(info, String(info.path.prev?.key));
        return { x: 1, y: 2 };
      },
    }),
  };
  for (let time = 0; time < times; time += 1) {
    const result = await execute({ schema, document, rootValue });
    expect(result.errors).toBeUndefined();
  }
}

// graphql-js builds `info.fieldNodes` afresh on every execution; projections
// are kept per field of the parsed document, which Apollo Server reuses for
// every request sending the same text.
describe('projections kept per field of a document', () => {
  it('builds a projection once for every execution of the same parsed document', async () => {
    let builds = 0;
    const projection = perFieldNode(() => ({ build: (builds += 1) }));
    const document = parse('{ a { b { x } } }');
    const seen = new Set<unknown>();
    await executeTimes(document, 5, (info) => seen.add(projection(info)));
    expect(builds).toBe(1);
    expect(seen.size).toBe(1);
  });

  it('walks a selection once for every execution of the same parsed document', async () => {
    const document = parse('{ a { b { x y } } }');
    const seen = new Set<ReadonlySet<string>>();
    await executeTimes(document, 4, (info) => seen.add(selectedFields(info, [])));
    expect(seen.size).toBe(1);
    expect([...[...seen][0]!]).toEqual(['x', 'y']);
  });

  it('keeps apart the same field merged with different selections, on every execution', async () => {
    // Under `second`, `b` has the fragment's node and its own: the same first
    // node as under `first`, and one more field.
    const document = parse(`
      fragment F on A { b { x } }
      { first: a { ...F } second: a { ...F b { y } } }
    `);
    const selected: Record<string, string[][]> = { first: [], second: [] };
    await executeTimes(document, 3, (info, path) =>
      selected[path]!.push([...selectedFields(info, [])]),
    );
    expect(selected.first).toEqual([['x'], ['x'], ['x']]);
    expect(selected.second).toEqual([
      ['x', 'y'],
      ['x', 'y'],
      ['x', 'y'],
    ]);
  });

  it('keys a field repeated 2,000 times in one selection, and tells it from a shorter repetition', async () => {
    // Every repetition is one more node of the same field: a list of 2,000
    // nodes, and one of 1,999 that starts with the same nodes.
    const repeated = (times: number, last: string) =>
      `{ a { ${'b { x } '.repeat(times - 1)} b { ${last} } } }`;
    let builds = 0;
    const projection = perFieldNode((info) => ({
      build: (builds += 1),
      fields: [...selectedFields(info, [])],
    }));
    const seen: unknown[] = [];
    await executeTimes(parse(repeated(2_000, 'y')), 3, (info) => {
      expect(info.fieldNodes).toHaveLength(2_000);
      seen.push(projection(info));
    });
    expect(builds).toBe(1);
    expect(new Set(seen).size).toBe(1);
    expect(seen[0]).toEqual({ build: 1, fields: ['x', 'y'] });

    const cache = new FieldNodesCache<string>();
    const nodes = (parse(repeated(5, 'x')).definitions[0] as OperationDefinitionNode).selectionSet
      .selections;
    const fields = (nodes[0] as FieldNode).selectionSet!.selections as FieldNode[];
    cache.set(fields, 'all five');
    expect(cache.get(fields)).toBe('all five');
    expect(cache.get(fields.slice(0, 4))).toBeUndefined();
    expect(cache.get([...fields, fields[0]!])).toBeUndefined();
    cache.set(fields.slice(0, 4), 'first four');
    expect(cache.get(fields.slice(0, 4))).toBe('first four');
    expect(cache.get(fields)).toBe('all five');
  });

  it('does not share a projection between two parses of the same text', async () => {
    let builds = 0;
    const projection = perFieldNode(() => ({ build: (builds += 1) }));
    await executeTimes(parse('{ a { b { x } } }'), 2, (info) => projection(info));
    await executeTimes(parse('{ a { b { y } } }'), 2, (info) => projection(info));
    expect(builds).toBe(2);
  });
});
