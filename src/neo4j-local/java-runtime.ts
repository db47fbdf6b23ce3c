import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { LauncherError } from './launcher-error.js';

export const MINIMUM_JAVA_MAJOR = 17;

/** The `java` to run: `$JAVA_HOME/bin/java` when JAVA_HOME is set, else `java` on PATH. */
export function defaultJavaCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/**
 * Parses the major version from `java -version` output, which goes to stderr
 * and looks like `openjdk version "17.0.15" 2025-04-15` (or `"1.8.0_392"` for Java 8).
 */
export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** Checks that `javaCommand` runs and is Java 17 or newer; returns the major version. */
export function assertJavaRuntime(javaCommand: string): number {
  const result = spawnSync(javaCommand, ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new LauncherError(
      'JAVA_MISSING',
      `Java ${MINIMUM_JAVA_MAJOR}+ is needed to run the local Neo4j, but "${javaCommand}" could not be run ` +
        `(${result.error.message}). Install a JDK ${MINIMUM_JAVA_MAJOR} (e.g. "apt-get install openjdk-17-jre-headless") ` +
        `or set JAVA_HOME, or point NEO4J_URI at an existing Neo4j.`,
    );
  }
  const output = `${result.stderr}${result.stdout}`;
  const major = parseJavaMajorVersion(output);
  if (major === undefined || major < MINIMUM_JAVA_MAJOR) {
    const found = output.split('\n')[0]?.trim() || 'no version output';
    throw new LauncherError(
      'JAVA_TOO_OLD',
      `Neo4j 5.26 needs Java ${MINIMUM_JAVA_MAJOR} or newer, but "${javaCommand}" reports: ${found}. ` +
        `Install a JDK ${MINIMUM_JAVA_MAJOR}+ and set JAVA_HOME to it.`,
    );
  }
  return major;
}
