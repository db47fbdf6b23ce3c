import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';

export const LOCAL_SECRET_FILE = path.join(PROJECT_ROOT, 'var', 'auth-secret');

/**
 * The HS256 secret for local development when AUTH_JWT_SECRET is not set:
 * made up once and kept in var/auth-secret (readable by the owner only), so
 * the service and `npm run token` agree without a secret in the repository.
 */
export function localSecret(file = LOCAL_SECRET_FILE): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
