import { decodeJwt, SignJWT } from 'jose';
import type { AuthConfig } from '../config.js';
import type { Role } from './role.js';
import { tokenPolicyOf } from './token-policy.js';

/**
 * Signs an HS256 token the service accepts: for local development and tests.
 * Production tokens come from the identity provider behind AUTH_JWKS_URL.
 * A lifetime beyond the configured maximum is refused here, since the
 * service would refuse the token.
 */
export async function mintToken(
  config: Pick<AuthConfig, 'issuer' | 'audience' | 'maxTokenLifetimeSeconds'>,
  secret: string,
  claims: { subject: string; roles: Role[]; expiresIn: string | number },
): Promise<string> {
  const token = await new SignJWT({ roles: claims.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn)
    .sign(new TextEncoder().encode(secret));
  const { iat = 0, exp = 0 } = decodeJwt(token);
  const { maxLifetimeSeconds } = tokenPolicyOf(config);
  if (exp - iat > maxLifetimeSeconds) {
    throw new Error(
      `A token may live at most ${maxLifetimeSeconds} s (AUTH_MAX_TOKEN_LIFETIME_S); "${claims.expiresIn}" is ${exp - iat} s.`,
    );
  }
  return token;
}
