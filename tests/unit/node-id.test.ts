import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, GraphQLError, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { decodeNodeId, MAX_NODE_ID_LENGTH, nodeIdOf } from '../../src/node-ids/node-id.js';
import { NODE_TYPE_NAMES, NODE_TYPES } from '../../src/node-ids/node-types.js';

const schema = buildSchema(readFileSync(path.join(PROJECT_ROOT, 'schema/schema.graphql'), 'utf8'));

/** The refusal decodeNodeId throws for `value`, as code, message and extensions. */
function refusal(value: string, index?: number) {
  try {
    decodeNodeId(value, { argument: 'ids', index });
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    const { code, ...details } = (error as GraphQLError).extensions;
    return { code, message: (error as GraphQLError).message, details };
  }
  throw new Error(`decodeNodeId accepted ${JSON.stringify(value)}`);
}

describe('global ids', () => {
  it('round-trips every type, keys with colons included', () => {
    const keys: Record<string, string> = {
      Country: 'DE',
      DuplicateCandidate: 'candidate:cordis-org-1:msb',
      Resolution: 'kept-apart:cbss:cbss-secretariat',
    };
    for (const type of NODE_TYPE_NAMES) {
      const key = keys[type] ?? 'hamburg-fire-rescue-service';
      const id = nodeIdOf(type, key);
      expect(id).toBe(`${type}:${key}`);
      expect(decodeNodeId(id, { argument: 'id' })).toEqual({ type, key });
    }
  });

  it('accepts the longest key the graph issues: a candidate pair of two 200-character slugs', () => {
    const slug = 'a'.repeat(200);
    const id = nodeIdOf('DuplicateCandidate', `candidate:${slug}:${slug}`);
    expect(id.length).toBeLessThanOrEqual(MAX_NODE_ID_LENGTH);
    expect(decodeNodeId(id, { argument: 'id' }).key).toBe(`candidate:${slug}:${slug}`);
  });

  it.each([
    ['', 'no colon found'],
    ['msb', 'no colon found'],
    ['T3JnYW5pc2F0aW9uOm1zYg==', 'no colon found'],
    ['Organisation:', 'has an empty id after the type'],
    [':msb', 'names an unknown type ""'],
    ['organisation:msb', 'names an unknown type "organisation"'],
    ['Participation:msb', 'names an unknown type "Participation"'],
    ['__proto__:msb', 'names an unknown type "__proto__"'],
    ['constructor:msb', 'names an unknown type "constructor"'],
    [' Organisation:msb', 'names an unknown type " Organisation"'],
    ['\u200BOrganisation:msb', 'names an unknown type "\\u200BOrganisation"'],
    ['Organisation:msb ', 'found a space at position 4 of the id'],
    ['Organisation:\u200Bmsb', 'found \\u200B at position 1 of the id'],
    ['Organisation:ms\uFEFFb', 'found \\uFEFF at position 3 of the id'],
    ['Organisation:m\u00A0sb', 'found \\u00A0 at position 2 of the id'],
    ['Organisation:msb\u0000', 'found \\u0000 at position 4 of the id'],
    ['Organisation:msb\n', 'found \\u000A at position 4 of the id'],
    ['Organisation:ms\u202Eb', 'found \\u202E at position 3 of the id'],
    ['Organisation:h\u00E4mburg', 'found \\u00E4 at position 2 of the id'],
    ['Organisation:\uD800', 'found \\uD800 at position 1 of the id'],
    ['Organisation:\u{1F692}', 'found \\u1F692 at position 1 of the id'],
  ])('refuses %j: %s', (value, problem) => {
    const { code, message, details } = refusal(value, 3);
    expect(code).toBe('BAD_USER_INPUT');
    expect(message).toContain(`"ids[3]" `);
    expect(message).toContain(problem);
    expect(details).toEqual({ argument: 'ids', index: 3 });
  });

  it('refuses a huge id by its length, with a short message', () => {
    for (const value of [
      `Organisation:${'a'.repeat(MAX_NODE_ID_LENGTH)}`,
      'Organisation:'.repeat(100_000),
      '\u200B'.repeat(1_000_000),
    ]) {
      const { code, message } = refusal(value);
      expect(code).toBe('BAD_USER_INPUT');
      expect(message).toContain(`at most ${MAX_NODE_ID_LENGTH} characters`);
      expect(message).toContain(`(${value.length} characters)`);
      expect(message.length).toBeLessThan(800);
    }
  });

  it('names a single argument without a position', () => {
    const { message, details } = refusal('Country:');
    expect(message.startsWith('"ids" has an empty id')).toBe(true);
    expect(details).toEqual({ argument: 'ids' });
  });
});

describe('the types a global id may name', () => {
  const node = schema.getType('Node');

  it('are exactly the implementations of Node in the schema', () => {
    if (!isInterfaceType(node)) throw new Error('the schema has no Node interface');
    const implementations = schema.getImplementations(node).objects.map((type) => type.name);
    expect([...implementations].sort()).toEqual([...NODE_TYPE_NAMES].sort());
    expect(Object.keys(NODE_TYPES)).toHaveLength(15);
  });

  it('include every object type with an id of its own and its key field', () => {
    // Types with an `id` that are views, not entities: a search hit points at an entity, the
    // network types show an organisation (or a community) within one network's analysis.
    const notEntities = [
      'SearchHit',
      'NetworkNode',
      'NetworkRiser',
      'NetworkCommunity',
      'NetworkGroup',
      'OrganisationNetworkMetrics',
    ];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      const fields = type.getFields();
      const isNode = type.getInterfaces().some((inner) => inner.name === 'Node');
      if (fields.id && !notEntities.includes(type.name)) expect(isNode, type.name).toBe(true);
      if (isNode) {
        const key = NODE_TYPES[type.name as keyof typeof NODE_TYPES].key;
        expect(String(fields[key]?.type), `${type.name}.${key}`).toMatch(/^(ID|String)!$/);
        expect(String(fields.nodeId?.type)).toBe('ID!');
      }
    }
  });
});
