import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from '../config.js';
import { unauthenticated } from './auth-error.js';
import { Role } from './role.js';
import { tokenPolicyOf, tokenTimeProblem } from './token-policy.js';
import type { User } from './user.js';

/** Checks a bearer token and returns its user, or throws UNAUTHENTICATED saying why. */
export type TokenVerifier = (token: string) => Promise<User>;

const KNOWN_ROLES = new Set<string>(Object.values(Role));

/**
 * Verifies JWTs with `jose`: signature (HS256 with the shared secret, or the
 * provider's keys from a JWKS URL), issuer and audience, and time: `exp` is
 * required, `nbf` and `iat` may not lie in the future and the lifetime may
 * not exceed the policy's maximum (each within the clock tolerance), so no
 * token is good forever. Unsigned tokens (`alg: none`) and any algorithm not
 * expected are refused. Roles come from the `roles` claim (a list) or `role`
 * (a string); unknown roles are ignored.
 */
export function createTokenVerifier(config: AuthConfig, secret?: string): TokenVerifier {
  let key: Uint8Array | JWTVerifyGetKey;
  let algorithms: string[];
  if (config.jwksUrl) {
    key = createRemoteJWKSet(new URL(config.jwksUrl));
    algorithms = ['RS256', 'PS256', 'ES256', 'EdDSA'];
  } else if (secret) {
    key = new TextEncoder().encode(secret);
    algorithms = ['HS256'];
  } else {
    return async () => {
      throw unauthenticated(
        'This service accepts no tokens: no AUTH_JWT_SECRET or AUTH_JWKS_URL is configured.',
      );
    };
  }

  const policy = tokenPolicyOf(config);
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Uint8Array, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms,
        requiredClaims: ['exp'],
        clockTolerance: policy.clockToleranceSeconds,
      }));
    } catch (error) {
      throw unauthenticated(describeTokenError(error, config));
    }
    const timeProblem = tokenTimeProblem(payload, policy);
    if (timeProblem) throw unauthenticated(timeProblem);
    if (!payload.sub) throw unauthenticated('The token has no "sub" claim naming its user.');
    const claimed = Array.isArray(payload.roles) ? payload.roles : [payload.role];
    const roles = claimed.filter(
      (role): role is Role => typeof role === 'string' && KNOWN_ROLES.has(role),
    );
    return { subject: payload.sub, roles };
  };
}

/** A message a client can act on, without echoing the token. */
function describeTokenError(error: unknown, config: AuthConfig): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired.';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud')
      return `The token is not for this service (audience must be "${config.audience}").`;
    if (error.claim === 'iss') return `The token was not issued by "${config.issuer}".`;
    if (error.reason === 'missing' && error.claim === 'exp')
      return 'The token has no "exp" claim; tokens must expire.';
    if (error.reason === 'missing') return `The token has no "${error.claim}" claim.`;
    if (error.claim === 'nbf') return 'The token is not valid yet ("nbf" is in the future).';
    return `The token's "${error.claim}" claim is not valid.`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed)
    return 'The token is signed with an algorithm this service does not accept.';
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return 'The token signature is not valid.';
  return 'The token is not a valid signed JWT.';
}
