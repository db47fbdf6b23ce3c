import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  parse,
  type GraphQLError,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { checkQueryLimits } from '../../src/limits/check-query-limits.js';
import { LIST_BOUNDS } from '../../src/limits/list-bounds.js';
import { analyseOperation } from '../../src/limits/query-analysis.js';
import { DEFAULT_LIMITS } from '../../src/limits/default-limits.js';

const schema = buildSchema(readFileSync(path.join(PROJECT_ROOT, 'schema/schema.graphql'), 'utf8'));

function operationOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('no operation');
  return { document, operation };
}

function analyse(query: string, variables: Record<string, unknown> = {}) {
  const { document, operation } = operationOf(query);
  return analyseOperation(schema, document, operation, variables);
}

/** The code of the refusal checkQueryLimits throws, or 'accepted'. */
function verdict(query: string, variables?: Record<string, unknown>, hideSchemaDetails = false) {
  const { document, operation } = operationOf(query);
  try {
    checkQueryLimits(schema, document, operation, variables, DEFAULT_LIMITS, {
      hideSchemaDetails,
    });
    return { code: 'accepted', message: '' };
  } catch (error) {
    const refusal = error as GraphQLError;
    return { code: String(refusal.extensions?.code), message: refusal.message };
  }
}

/** Each fragment spreads the next twice: 2^(n+1) - 1 fields once expanded, in about 60 n bytes. */
function fragmentTree(n: number): string {
  const levels = Array.from(
    { length: n },
    (_, i) => `fragment F${i} on Query { __typename ...F${i + 1} ...F${i + 1} }`,
  );
  return `{ ...F0 } ${levels.join(' ')} fragment F${n} on Query { __typename }`;
}

/** Each fragment nests the next one level deeper, once. */
function fragmentChain(n: number): string {
  const links = Array.from(
    { length: n },
    (_, i) => `fragment F${i} on Organisation { parent { id ...F${i + 1} } }`,
  );
  return `{ organisation(id: "x") { ...F0 } } ${links.join(' ')} fragment F${n} on Organisation { name }`;
}

/** Each level fans out to two fragments that both spread the same next level. */
function fragmentDiamonds(n: number): string {
  const levels = Array.from(
    { length: n },
    (_, i) =>
      `fragment F${i} on Query { ...A${i} ...B${i} } ` +
      `fragment A${i} on Query { __typename ...F${i + 1} } ` +
      `fragment B${i} on Query { totals { projectCount } ...F${i + 1} }`,
  );
  return `{ ...F0 } ${levels.join(' ')} fragment F${n} on Query { __typename }`;
}

describe('analyseOperation: linear in the document', () => {
  it.each([
    ['trees', fragmentTree],
    ['chains', fragmentChain],
    ['diamonds', fragmentDiamonds],
  ])('visits a number of nodes proportional to the document for fragment %s', (_name, build) => {
    const visited = [10, 20, 40].map((n) => analyse(build(n)).visited);
    const [v10 = 0, v20 = 0, v40 = 0] = visited;
    // Each level of fragments adds the same number of visits: doubling n
    // adds twice as many, instead of squaring the total.
    expect(v40 - v20).toBe(2 * (v20 - v10));
    expect(v40).toBeLessThan(10 * 40 + 10);
  });

  it('computes the expanded size from the memo without expanding', () => {
    expect(analyse(fragmentTree(10)).fields).toBe(2 ** 11 - 1);
    expect(analyse(fragmentTree(40)).fields).toBe(2 ** 41 - 1);
    // Two paths per diamond level: 2^n spreads of the last fragment.
    expect(analyse(fragmentDiamonds(20)).fields).toBeGreaterThan(2 ** 20);
  });

  it('adds the depth of a memoised fragment to where it is spread', () => {
    expect(analyse(fragmentChain(5)).depth).toBe(1 + 5 + 1);
    const twice = analyse(`{ organisation(id: "x") { ...F parent { ...F } } }
      fragment F on Organisation { p: parent { parent { name } } }`);
    expect(twice).toMatchObject({ depth: 5, aliases: 2, fields: 8 });
  });

  it('refuses the n = 21 and n = 30 fragment trees for their expanded size', () => {
    for (const n of [21, 30]) {
      const { code, message } = verdict(fragmentTree(n));
      expect(code).toBe('TOO_MANY_FIELDS');
      expect(message).toContain(`selects ${2 ** (n + 1) - 1} fields`);
    }
  });
});

describe('analyseOperation: cost', () => {
  it('uses the value of a `first` variable', () => {
    const query = 'query ($n: Int) { organisations(first: $n) { nodes { name } } }';
    expect(analyse(query, { n: 5 }).cost).toBe(5 * 2);
    expect(analyse(query, { n: 100 }).cost).toBe(100 * 2);
    // The argument's default when the variable is not given.
    expect(analyse(query, {}).cost).toBe(20 * 2);
  });

  it('refuses variables that do not fit their types instead of costing around them', () => {
    const { code, message } = verdict(
      'query ($n: Int) { organisations(first: $n) { nodes { name } } }',
      { n: 'a hundred' },
    );
    expect(code).toBe('BAD_USER_INPUT');
    expect(message).toMatch(/\$n.*Int/);
  });

  it("costs the network's edges and nodes by its maxEdges", () => {
    const network = (filter: string) =>
      analyse(`{ partnershipNetwork${filter} { nodes { id } edges { source } } }`).cost;
    expect(network('(filter: { maxEdges: 10 })')).toBe(1 * (1 + 10 + 20));
    expect(network('')).toBe(1 + 5000 + 10_000);
    expect(network('(filter: { maxEdges: 50000 })')).toBe(1 + 50_000 + 100_000);
    // Out of range: the resolver refuses it, naming maxEdges, before any query.
    expect(network('(filter: { maxEdges: 50001 })')).toBe(1);
  });

  it('costs sharedPartners by the number of projects asked about', () => {
    const shared = (ids: string[]) =>
      analyse(`{ sharedPartners(projectIds: ${JSON.stringify(ids)}) { organisation { id } } }`)
        .cost;
    expect(shared(['a', 'b', 'c'])).toBe(3 * shared(['a']));
  });

  it('refuses the costly four-level query wrapped in ten levels of double spreads', () => {
    const inner = `organisations(first: 100) { nodes { participations(first: 100) { nodes {
      organisation { participations(first: 100) { nodes { project { name } } } } } } } }`;
    expect(verdict(`{ ${inner} }`).code).toBe('QUERY_TOO_COSTLY');
    const wrapped = Array.from(
      { length: 10 },
      (_, i) => `fragment W${i} on Query { ...W${i + 1} ...W${i + 1} }`,
    );
    const query = `{ ...W0 } ${wrapped.join(' ')} fragment W10 on Query { ${inner} }`;
    expect(['QUERY_TOO_COSTLY', 'TOO_MANY_FIELDS']).toContain(verdict(query).code);
  });

  it('gives every list field of the schema a bound', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const takesFirst = field.args.some((arg) => arg.name === 'first');
        const objectList =
          isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type));
        if (objectList && !takesFirst && !(`${type.name}.${field.name}` in LIST_BOUNDS)) {
          missing.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('analyseOperation: introspection', () => {
  it('counts aliases inside __schema', () => {
    const aliases = Array.from({ length: 125 }, (_, i) => `t${i}: types { name }`).join(' ');
    expect(analyse(`{ __schema { ${aliases} } }`).aliases).toBe(125);
    expect(verdict(`{ __schema { ${aliases} } }`).code).toBe('TOO_MANY_ALIASES');
  });

  it('accepts one full introspection and refuses a request for several', () => {
    expect(verdict(getIntrospectionQuery()).code).toBe('accepted');
    const fullType = getIntrospectionQuery().slice(getIntrospectionQuery().indexOf('fragment'));
    const copies = Array.from({ length: 3 }, (_, i) => `t${i}: types { ...FullType }`).join(' ');
    expect(verdict(`{ __schema { ${copies} } } ${fullType}`).code).toBe('QUERY_TOO_COSTLY');
  });
});

describe('checkQueryLimits: fails closed', () => {
  it('refuses a document it cannot analyse', () => {
    // Validation refuses these first; the analysis must not wave them through either.
    expect(verdict('{ ...Missing }').code).toBe('QUERY_ANALYSIS_FAILED');
    expect(verdict('{ ...A } fragment A on Query { ...A }').code).toBe('QUERY_ANALYSIS_FAILED');
    expect(verdict('{ noSuchField }').code).toBe('QUERY_ANALYSIS_FAILED');
  });

  it('refuses NaN and Infinity as costs', () => {
    const huge = `query ($n: Int) { organisations(first: $n) { nodes { ${'participations(first: 2147483647) { nodes { organisation { '.repeat(4)} name ${'} } } '.repeat(4)} } } }`;
    expect(verdict(huge, { n: 2147483647 }).code).not.toBe('accepted');
  });

  it('leaves out "Did you mean" when schema details are hidden', () => {
    const query = 'query ($by: AggregateDimension!) { aggregate(by: $by) { key } }';
    expect(verdict(query, { by: 'COUNTRIE' }).message).toMatch(/Did you mean/);
    const hidden = verdict(query, { by: 'COUNTRIE' }, true);
    expect(hidden.code).toBe('BAD_USER_INPUT');
    expect(hidden.message).not.toMatch(/Did you mean|COUNTRY/);
  });
});
