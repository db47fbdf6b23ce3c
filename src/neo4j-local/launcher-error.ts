/**
 * Why a local Neo4j could not be started. Each code names one cause a user can
 * act on; the message says what was expected, what was found and what to do.
 */
export type LauncherErrorCode =
  | 'JAVA_MISSING'
  | 'JAVA_TOO_OLD'
  | 'MAVEN_MISSING'
  | 'NEO4J_RESOLVE_FAILED'
  | 'PORT_IN_USE'
  | 'NEO4J_EXITED'
  | 'NEO4J_START_TIMEOUT'
  | 'PASSWORD_SETUP_FAILED'
  | 'NEO4J_UNREACHABLE';

export class LauncherError extends Error {
  constructor(
    readonly code: LauncherErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LauncherError';
  }
}
