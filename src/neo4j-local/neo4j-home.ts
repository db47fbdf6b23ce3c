import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The folders Neo4j expects under its home directory. */
const HOME_LAYOUT = ['conf', 'data', 'logs', 'run', 'plugins', 'import'] as const;

/** Paths inside one local Neo4j home. */
export interface Neo4jHome {
  root: string;
  confDir: string;
  consoleLog: string;
  debugLog: string;
  pidFile: string;
  passwordFile: string;
  authFile: string;
}

export function neo4jHome(root: string): Neo4jHome {
  return {
    root,
    confDir: path.join(root, 'conf'),
    consoleLog: path.join(root, 'logs', 'console.log'),
    debugLog: path.join(root, 'logs', 'debug.log'),
    pidFile: path.join(root, 'run', 'neo4j.pid'),
    passwordFile: path.join(root, 'password'),
    authFile: path.join(root, 'data', 'dbms', 'auth.ini'),
  };
}

/** Creates `conf data logs run plugins import` under the home; safe to re-run. */
export function createHomeLayout(home: Neo4jHome): void {
  for (const dir of HOME_LAYOUT) mkdirSync(path.join(home.root, dir), { recursive: true });
}

/** True once an initial password has been set, i.e. before the first start it is false. */
export function hasInitialPassword(home: Neo4jHome): boolean {
  return existsSync(home.authFile);
}

/**
 * The password of a persistent home: read from `<home>/password`, or made up
 * and stored there (readable by the owner only) when the home is new. Keeps
 * credentials out of the code and out of the repository.
 */
export function homePassword(home: Neo4jHome): string {
  if (existsSync(home.passwordFile)) return readFileSync(home.passwordFile, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(home.passwordFile, `${password}\n`, { mode: 0o600 });
  return password;
}

/** The last `count` lines of a log file, or '' when it does not exist. */
export function tailOfFile(file: string, count = 30): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
}
