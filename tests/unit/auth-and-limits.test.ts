import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { bearerToken } from '../../src/auth/bearer-token.js';
import { mintToken } from '../../src/auth/mint-token.js';
import { Role } from '../../src/auth/role.js';
import { createTokenVerifier } from '../../src/auth/token-verifier.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { curationSourceId } from '../../src/curation/provenance.js';
import { givenProps } from '../../src/curation/defined-props.js';
import { analyseOperation } from '../../src/limits/query-analysis.js';
import { TEST_AUTH } from '../helpers/test-tokens.js';

const schema = buildSchema(readFileSync(path.join(PROJECT_ROOT, 'schema/schema.graphql'), 'utf8'));

function shapeOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
  const { depth, aliases } = analyseOperation(
    schema,
    document,
    operation as OperationDefinitionNode,
    {},
  );
  return { depth, aliases };
}

describe('query shape', () => {
  it('counts field nesting and aliases', () => {
    expect(
      shapeOf('{ organisation(id: "x") { parent { name } } t: totals { projectCount } }'),
    ).toEqual({
      depth: 3,
      aliases: 1,
    });
  });

  it('counts fragments each time they are spread', () => {
    const query = `{ x: organisation(id: "a") { ...F } y: organisation(id: "b") { ...F } }
      fragment F on Organisation { p: parent { parent { name } } }`;
    expect(shapeOf(query)).toEqual({ depth: 4, aliases: 4 });
  });

  it('refuses to analyse a fragment cycle instead of looping', () => {
    expect(() =>
      shapeOf('{ organisation(id: "x") { ...F } } fragment F on Organisation { parent { ...F } }'),
    ).toThrow('Fragment "F" spreads itself.');
  });

  it('leaves introspection out of the depth, not out of the aliases', () => {
    expect(
      shapeOf('{ __schema { t: types { fields { type { ofType { ofType { name } } } } } } }'),
    ).toEqual({ depth: 0, aliases: 1 });
  });
});

describe('bearerToken', () => {
  it('reads "Bearer <token>" and nothing else', () => {
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(() => bearerToken('Basic dXNlcjpwYXNz')).toThrow(
      'The Authorization header must be "Bearer <token>".',
    );
  });
});

describe('createTokenVerifier', () => {
  const secret = TEST_AUTH.jwtSecret as string;

  it('returns the subject and the known roles of a valid token', async () => {
    const token = await mintToken(TEST_AUTH, secret, {
      subject: 'alice',
      roles: [Role.EDITOR],
      expiresIn: '1h',
    });
    expect(await createTokenVerifier(TEST_AUTH, secret)(token)).toEqual({
      subject: 'alice',
      roles: [Role.EDITOR],
    });
  });

  it('refuses a token signed with another secret', async () => {
    const token = await mintToken(TEST_AUTH, `${secret}-other`, {
      subject: 'mallory',
      roles: [Role.EDITOR],
      expiresIn: '1h',
    });
    await expect(createTokenVerifier(TEST_AUTH, secret)(token)).rejects.toThrow(
      'The token signature is not valid.',
    );
  });

  it('refuses every token when nothing is configured', async () => {
    await expect(
      createTokenVerifier({ ...TEST_AUTH, jwtSecret: undefined })('x.y.z'),
    ).rejects.toThrow(/accepts no tokens/);
  });
});

describe('curation helpers', () => {
  it('keeps given fields, clears only clearable ones', () => {
    expect(givenProps({ a: 1, b: null, c: undefined }, ['a', 'b', 'c'])).toEqual({ a: 1, b: null });
    expect(() => givenProps({ kind: null }, ['kind'], [])).toThrow(
      '"kind" is required and cannot be cleared',
    );
  });

  it("names an editor's curation source after them", () => {
    expect(curationSourceId('Alice Example@ministry.example')).toBe(
      'curation-alice-example-ministry-example',
    );
  });
});
