import type { Role } from './role.js';

/** The caller behind a verified bearer token. */
export interface User {
  /** The token's `sub` claim: who made an edit. */
  subject: string;
  roles: Role[];
}
