import { SignJWT } from 'jose';
import { mintToken } from '../../src/auth/mint-token.js';
import { Role } from '../../src/auth/role.js';
import { createTokenVerifier, type TokenVerifier } from '../../src/auth/token-verifier.js';
import type { AuthConfig } from '../../src/config.js';

/** The auth settings test services run with (HS256, a secret only tests know). */
export const TEST_AUTH: AuthConfig = {
  jwtSecret: 'test-secret-that-is-long-enough-for-hs256-signing',
  issuer: 'civprot-graph',
  audience: 'civprot-graph-api',
  reads: 'public',
};

export function testVerifier(): TokenVerifier {
  return createTokenVerifier(TEST_AUTH, TEST_AUTH.jwtSecret);
}

const secretKey = () => new TextEncoder().encode(TEST_AUTH.jwtSecret);

/** The tokens of the authorisation matrix, from none to a valid editor's. */
export async function matrixTokens(): Promise<Record<string, string | undefined>> {
  return {
    'no token': undefined,
    expired: await new SignJWT({ roles: [Role.EDITOR] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('editor-with-old-token')
      .setIssuer(TEST_AUTH.issuer)
      .setAudience(TEST_AUTH.audience)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(secretKey()),
    'wrong audience': await new SignJWT({ roles: [Role.EDITOR] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('editor-of-another-service')
      .setIssuer(TEST_AUTH.issuer)
      .setAudience('another-api')
      .setExpirationTime('1h')
      .sign(secretKey()),
    'alg none': unsignedToken({
      sub: 'forger',
      roles: [Role.EDITOR],
      iss: TEST_AUTH.issuer,
      aud: TEST_AUTH.audience,
      exp: Math.floor(Date.now() / 1000) + 3600,
    }),
    reader: await mintToken(TEST_AUTH, TEST_AUTH.jwtSecret as string, {
      subject: 'a-reader',
      roles: [Role.READER],
      expiresIn: '1h',
    }),
    editor: await editorToken(),
  };
}

/** A valid editor's token. */
export function editorToken(subject = 'test-editor'): Promise<string> {
  return mintToken(TEST_AUTH, TEST_AUTH.jwtSecret as string, {
    subject,
    roles: [Role.READER, Role.EDITOR],
    expiresIn: '1h',
  });
}

/** A JWT with `alg: none` and no signature: what a forger sends. */
function unsignedToken(payload: Record<string, unknown>): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.`;
}
