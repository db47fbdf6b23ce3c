import {
  astFromValue,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  print,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { Prng } from '../bench/dataset/prng.js';

/** One request of the document fuzzer: its family, the document and its variables. */
export interface HostileRequest {
  family: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Ids the seed holds, so that some generated requests reach real data. */
const KNOWN_IDS = [
  'hamburg-fire-rescue-service',
  'university-of-iceland',
  'stuk',
  'dg-echo',
  'from-gaps-to-caps',
  'macro-regional-risk-scenarios',
];

/** Strings an attacker or a careless client sends: empty, invisible, control, huge, many words. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\u200b',
  '\u202eevil',
  'a\u0007b',
  '\u0301\u0301\u0301',
  '=HYPERLINK("x")',
  'x'.repeat(10_000),
  Array.from({ length: 1_200 }, (_, i) => `w${i}`).join(' '),
  '"*?~^()[]{}:\\/',
  'Hamburg',
  'fire rescue',
];

const HOSTILE_INTS = [0, 1, 5, 100, -1, 2_147_483_647, -2_147_483_648];
const HOSTILE_FLOATS = [0, 1.5, 1e308, -1e308, 123_456_789.5, 5e-324];
const DATE_LIKE = ['2020-01-01', '2020', '0000-00-00', '99999-12-31', '2020-13-45', 'x'];
/** Base64 cursors of offsets at and beyond every integer limit. */
const HOSTILE_CURSORS = ['0', '9223372036854775807', '9007199254740991', '-1', 'NaN', 'x'].map(
  (offset) => Buffer.from(`offset:${offset}`).toString('base64url'),
);

/**
 * A seeded generator of hostile GraphQL documents for a schema: fragment
 * trees, chains and diamonds whose expansion doubles per level, costly
 * selections hidden behind fragments, alias floods (also under
 * introspection), invalid fragment graphs, and random walks over the
 * schema whose selections are moved into fragments spread several times,
 * with argument values at their limits. The same seed gives the same
 * documents, so a finding can be replayed.
 */
export function hostileDocuments(
  schema: GraphQLSchema,
  seed: number,
  count: number,
): HostileRequest[] {
  const prng = new Prng(seed);
  const families: Array<() => HostileRequest> = [
    () => fragmentTree(prng),
    () => fragmentChain(prng),
    () => fragmentDiamond(prng),
    () => costlyBehindFragments(prng),
    () => introspectionAliases(prng),
    () => invalidFragments(prng),
    () => new SchemaWalk(schema, prng).operation('query'),
    () => new SchemaWalk(schema, prng).operation('query'),
    () => new SchemaWalk(schema, prng).operation('mutation'),
  ];
  return Array.from({ length: count }, () => prng.pick(families)());
}

/** `{ ...F0 }` where each Fi spreads F(i+1) twice: 2^n leaves. */
function fragmentTree(prng: Prng): HostileRequest {
  const levels = prng.int(2, 40);
  const parts = ['{ ...F0 }'];
  for (let i = 0; i < levels; i += 1)
    parts.push(`fragment F${i} on Query { __typename ...F${i + 1} ...F${i + 1} }`);
  const leaf = prng.chance(0.5) ? '__typename' : 'organisations(first: 100) { nodes { id name } }';
  parts.push(`fragment F${levels} on Query { ${leaf} }`);
  return { family: 'fragment tree', query: parts.join('\n'), variables: {} };
}

/** A chain of fragments, each adding an aliased field and spreading the next once. */
function fragmentChain(prng: Prng): HostileRequest {
  const levels = prng.int(2, 300);
  const parts = ['{ ...C0 }'];
  for (let i = 0; i < levels; i += 1)
    parts.push(`fragment C${i} on Query { a${i}: __typename ...C${i + 1} }`);
  parts.push(`fragment C${levels} on Query { __typename }`);
  return { family: 'fragment chain', query: parts.join('\n'), variables: {} };
}

/** Two fragments per level, each spreading both of the next level: 2^n paths. */
function fragmentDiamond(prng: Prng): HostileRequest {
  const levels = prng.int(2, 30);
  const parts = ['{ ...L0 ...R0 }'];
  for (let i = 0; i < levels; i += 1) {
    const next = `...L${i + 1} ...R${i + 1}`;
    parts.push(`fragment L${i} on Query { __typename ${next} }`);
    parts.push(`fragment R${i} on Query { __typename ${next} }`);
  }
  parts.push(`fragment L${levels} on Query { totals { projectCount } }`);
  parts.push(`fragment R${levels} on Query { __typename }`);
  return { family: 'fragment diamond', query: parts.join('\n'), variables: {} };
}

/** A query refused for cost alone, wrapped in levels of fragments that spread the next twice. */
function costlyBehindFragments(prng: Prng): HostileRequest {
  const wrappers = prng.int(1, 12);
  const costly = `organisations(first: 100) { nodes { name participations(first: 100) { nodes {
    project { name participations(first: 100) { nodes { organisation { name
    participations(first: 100) { nodes { role } } } } } } } } } }`;
  const parts = ['{ ...W0 }'];
  for (let i = 0; i < wrappers; i += 1)
    parts.push(`fragment W${i} on Query { ...W${i + 1} ...W${i + 1} }`);
  parts.push(`fragment W${wrappers} on Query { ${costly} }`);
  return { family: 'costly behind fragments', query: parts.join('\n'), variables: {} };
}

/** Many aliases of `types` under `__schema`, directly or through a fragment. */
function introspectionAliases(prng: Prng): HostileRequest {
  const aliases = prng.int(10, 200);
  const fields = Array.from(
    { length: aliases },
    (_, i) => `t${i}: types { name fields { name type { name } } }`,
  ).join(' ');
  const query = prng.chance(0.5)
    ? `{ __schema { ${fields} } }`
    : `{ __schema { ...S } } fragment S on __Schema { ${fields} }`;
  return { family: 'introspection aliases', query, variables: {} };
}

/** Fragment graphs that validation must refuse: cycles, unknown, unused, wrong type, duplicates. */
function invalidFragments(prng: Prng): HostileRequest {
  const shapes = [
    '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
    '{ ...A } fragment A on Query { ...A }',
    '{ ...Missing }',
    '{ __typename } fragment Unused on Query { __typename }',
    '{ ...A } fragment A on Organisation { name }',
    '{ ...A } fragment A on Query { __typename } fragment A on Query { __typename }',
    `{ ${'__typename @skip(if: false) '.repeat(prng.int(10, 2_000))} }`,
    `{ ${'{'.repeat(prng.int(10, 5_000))} }`,
    `{ ...${'F'.repeat(prng.int(100, 100_000))} }`,
  ];
  return { family: 'invalid fragments', query: prng.pick(shapes), variables: {} };
}

/**
 * A random operation over the schema: fields chosen at random to a random
 * depth, arguments at their limits (as literals or variables), aliases, and
 * selection sets moved into named fragments that are spread several times.
 */
class SchemaWalk {
  private readonly fragments: string[] = [];
  private readonly variableDefinitions: string[] = [];
  private readonly variables: Record<string, unknown> = {};

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly prng: Prng,
  ) {}

  operation(kind: 'query' | 'mutation'): HostileRequest {
    const root = kind === 'query' ? this.schema.getQueryType() : this.schema.getMutationType();
    if (!root) throw new Error(`The schema has no ${kind} type`);
    const selection = this.selectionSet(root, this.prng.int(1, 16));
    const variables = this.variableDefinitions.length
      ? `(${this.variableDefinitions.join(', ')})`
      : '';
    const query = [`${kind} Fuzz${variables} ${selection}`, ...this.fragments].join('\n');
    return { family: `schema walk (${kind})`, query, variables: this.variables };
  }

  private selectionSet(type: GraphQLNamedType, depth: number): string {
    if (isUnionType(type)) {
      const members = type
        .getTypes()
        .map((member) => `... on ${member.name} { ${this.fieldsOf(member, depth)} }`);
      return `{ __typename ${members.join(' ')} }`;
    }
    if (!isObjectType(type) && !('getFields' in type)) return '{ __typename }';
    const body = this.fieldsOf(type as GraphQLObjectType, depth);
    if (!this.prng.chance(0.35)) return `{ ${body} }`;
    // Moved into a fragment, spread one to three times (and sometimes inline as well).
    const name = `G${this.fragments.length}`;
    this.fragments.push(`fragment ${name} on ${type.name} { ${body} }`);
    const spreads = Array.from({ length: this.prng.int(1, 3) }, () => `...${name}`).join(' ');
    return this.prng.chance(0.2)
      ? `{ ${spreads} ... @include(if: true) { ${body} } }`
      : `{ ${spreads} }`;
  }

  private fieldsOf(type: GraphQLObjectType, depth: number): string {
    const fields = Object.values(type.getFields()).filter((f) => !f.name.startsWith('__'));
    if (fields.length === 0 || depth <= 0) return '__typename';
    const chosen = this.prng.shuffle([...fields]).slice(0, this.prng.int(1, 4));
    return chosen.map((field) => this.field(field, depth)).join(' ');
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number): string {
    const alias = this.prng.chance(0.15) ? `x${this.prng.int(0, 99_999)}: ` : '';
    const args = field.args
      .filter((arg) => isNonNullType(arg.type) || this.prng.chance(0.4))
      .map((arg) => `${arg.name}: ${this.argument(arg.type)}`);
    const argText = args.length ? `(${args.join(', ')})` : '';
    const named = getNamedType(field.type);
    const below = isCompositeType(named) ? ` ${this.selectionSet(named, depth - 1)}` : '';
    return `${alias}${field.name}${argText}${below}`;
  }

  /** A value as a literal, or as a variable of the argument's type. */
  private argument(type: GraphQLInputType): string {
    const value = this.value(type, 3);
    if (this.prng.chance(0.5)) {
      const name = `v${this.variableDefinitions.length}`;
      this.variableDefinitions.push(`$${name}: ${String(type)}`);
      this.variables[name] = value;
      return `$${name}`;
    }
    const literal = astFromValue(value, type);
    return literal ? print(literal) : 'null';
  }

  private value(type: GraphQLInputType, depth: number): unknown {
    if (isNonNullType(type)) return this.value(type.ofType, depth);
    if (this.prng.chance(0.05)) return null;
    if (isListType(type)) {
      const length = this.prng.chance(0.1) ? 1_000 : this.prng.int(0, 3);
      return Array.from({ length }, () => this.value(type.ofType, depth - 1));
    }
    if (isEnumType(type)) return this.prng.pick(type.getValues()).value;
    if (isInputObjectType(type)) {
      const result: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        if (depth > 0 && (isNonNullType(field.type) || this.prng.chance(0.5)))
          result[field.name] = this.value(field.type, depth - 1);
      }
      return result;
    }
    if (isScalarType(type)) return this.scalar(type.name);
    return null;
  }

  private scalar(name: string): unknown {
    switch (name) {
      case 'Int':
        return this.prng.pick(HOSTILE_INTS);
      case 'Float':
        return this.prng.pick(HOSTILE_FLOATS);
      case 'Boolean':
        return this.prng.chance(0.5);
      case 'ID':
        return this.prng.chance(0.6) ? this.prng.pick(KNOWN_IDS) : this.prng.pick(HOSTILE_STRINGS);
      default: {
        const pool = [...HOSTILE_STRINGS, ...DATE_LIKE, ...HOSTILE_CURSORS, ...KNOWN_IDS];
        return this.prng.pick(pool);
      }
    }
  }
}
