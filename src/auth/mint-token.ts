import { SignJWT } from 'jose';
import type { AuthConfig } from '../config.js';
import type { Role } from './role.js';

/**
 * Signs an HS256 token the service accepts: for local development and tests.
 * Production tokens come from the identity provider behind AUTH_JWKS_URL.
 */
export async function mintToken(
  config: Pick<AuthConfig, 'issuer' | 'audience'>,
  secret: string,
  claims: { subject: string; roles: Role[]; expiresIn: string | number },
): Promise<string> {
  return new SignJWT({ roles: claims.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn)
    .sign(new TextEncoder().encode(secret));
}
