import type { AuthChecker } from 'type-graphql';
import type { Context } from '../context.js';
import { forbidden, unauthenticated } from './auth-error.js';
import type { Role } from './role.js';

/**
 * type-graphql's `@Authorized(Role.EDITOR)` check: no user is UNAUTHENTICATED,
 * a user without the role is FORBIDDEN (thrown here so the codes are ours).
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.user) {
    throw unauthenticated('This operation needs a bearer token (Authorization: Bearer <jwt>).');
  }
  const missing = roles.filter((role) => !context.user?.roles.includes(role));
  if (missing.length > 0) {
    throw forbidden(
      `This operation needs the role(s) ${missing.join(', ')}; the token has ${context.user.roles.join(', ') || 'none'}.`,
    );
  }
  return true;
};
