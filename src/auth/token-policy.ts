/** Time rules every accepted token must meet, beyond its signature. */
export interface TokenPolicy {
  /** Longest lifetime: exp − iat, or exp − now when the token has no iat. */
  maxLifetimeSeconds: number;
  /** Clock skew allowed between the issuer and this service, on exp, nbf and iat. */
  clockToleranceSeconds: number;
}

/**
 * A working day and then some: a stolen token is useful for a day at most.
 * Thirty seconds of skew covers machines kept in time by NTP.
 */
export const DEFAULT_TOKEN_POLICY: TokenPolicy = {
  maxLifetimeSeconds: 24 * 3600,
  clockToleranceSeconds: 30,
};

/** The policy of an auth configuration, defaults filled in. */
export function tokenPolicyOf(config: {
  maxTokenLifetimeSeconds?: number;
  clockToleranceSeconds?: number;
}): TokenPolicy {
  return {
    maxLifetimeSeconds: config.maxTokenLifetimeSeconds ?? DEFAULT_TOKEN_POLICY.maxLifetimeSeconds,
    clockToleranceSeconds:
      config.clockToleranceSeconds ?? DEFAULT_TOKEN_POLICY.clockToleranceSeconds,
  };
}

/**
 * Why a verified token's times break the policy, or undefined when they do
 * not: an `iat` in the future, or a lifetime over the maximum. (`exp` and
 * `nbf` themselves are checked by jose.)
 */
export function tokenTimeProblem(
  claims: { iat?: number; exp?: number },
  policy: TokenPolicy,
  nowSeconds = Math.floor(Date.now() / 1000),
): string | undefined {
  if (claims.exp === undefined) return 'The token has no "exp" claim; tokens must expire.';
  if (claims.iat !== undefined && claims.iat > nowSeconds + policy.clockToleranceSeconds) {
    return 'The token\'s "iat" (issued at) is in the future.';
  }
  const lifetime = claims.exp - (claims.iat ?? nowSeconds);
  if (lifetime > policy.maxLifetimeSeconds + policy.clockToleranceSeconds) {
    return `The token lives ${lifetime} s; this service accepts at most ${policy.maxLifetimeSeconds} s.`;
  }
  return undefined;
}
