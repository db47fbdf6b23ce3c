import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { mintToken } from '../../src/auth/mint-token.js';
import { Role } from '../../src/auth/role.js';
import { countsOf } from '../helpers/test-graph.js';
import { TEST_AUTH } from '../helpers/test-tokens.js';
import { useSeededService } from '../helpers/seeded-service.js';

const now = () => Math.floor(Date.now() / 1000);
const HOUR = 3600;

/** An editor's token with exactly the time claims given (none unless asked). */
function editorTokenWith(times: { iat?: number; nbf?: number; exp?: number }): Promise<string> {
  const jwt = new SignJWT({ roles: [Role.READER, Role.EDITOR] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('time-travelling-editor')
    .setIssuer(TEST_AUTH.issuer)
    .setAudience(TEST_AUTH.audience);
  if (times.iat !== undefined) jwt.setIssuedAt(times.iat);
  if (times.nbf !== undefined) jwt.setNotBefore(times.nbf);
  if (times.exp !== undefined) jwt.setExpirationTime(times.exp);
  return jwt.sign(new TextEncoder().encode(TEST_AUTH.jwtSecret));
}

const CREATE = `mutation ($id: ID!, $name: String!) {
  createOrganisation(input: { id: $id, name: $name, kind: OTHER }) { id }
}`;

// Tokens must expire, and their times must be believable: a token without
// `exp`, issued in the future, not valid yet, or living longer than the
// configured maximum (24 h by default) is refused with 401 and the reason.
describe('token lifetimes', () => {
  const seeded = useSeededService();

  const create = async (token: string, id: string) => {
    const response = await fetch(`${seeded.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: CREATE, variables: { id, name: `Organisation ${id}` } }),
    });
    const body = (await response.json()) as {
      data?: { createOrganisation: { id: string } } | null;
      errors?: Array<{ message: string; extensions: { code: string } }>;
    };
    return { status: response.status, body };
  };

  it.each([
    ['without "exp"', { iat: now() }, /no "exp" claim; tokens must expire/],
    [
      'issued an hour in the future',
      { iat: now() + HOUR, exp: now() + 2 * HOUR },
      /"iat" \(issued at\) is in the future/,
    ],
    [
      'not valid for another hour',
      { iat: now(), nbf: now() + HOUR, exp: now() + 2 * HOUR },
      /not valid yet/,
    ],
    [
      'living 25 hours',
      { iat: now(), exp: now() + 25 * HOUR },
      /lives 90000 s; this service accepts at most 86400 s/,
    ],
    [
      'living 25 hours from now, without "iat"',
      { exp: now() + 25 * HOUR },
      /accepts at most 86400 s/,
    ],
  ])('refuses a token %s: 401, the reason, nothing written', async (name, times, reason) => {
    const before = await countsOf(seeded.graph);
    const id = `token-${name.replace(/\W+/g, '-').replace(/^-|-$/g, '')}`;
    const { status, body } = await create(await editorTokenWith(times), id);
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors?.[0]?.message).toMatch(reason);
    expect(await countsOf(seeded.graph)).toEqual(before);
  });

  it('accepts a token within the rules (a little clock skew included) for a mutation', async () => {
    const token = await editorTokenWith({ iat: now() + 10, nbf: now() + 10, exp: now() + HOUR });
    const { status, body } = await create(token, 'token-within-the-rules');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.createOrganisation.id).toBe('token-within-the-rules');
  });

  it('mints no token the service would refuse', async () => {
    await expect(
      mintToken(TEST_AUTH, TEST_AUTH.jwtSecret as string, {
        subject: 'greedy',
        roles: [Role.READER],
        expiresIn: '7d',
      }),
    ).rejects.toThrow(/at most 86400 s \(AUTH_MAX_TOKEN_LIFETIME_S\); "7d" is 604800 s/);
  });
});
