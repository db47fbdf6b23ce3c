import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LauncherError } from './launcher-error.js';

/** Where the Maven project that pins the Neo4j version lives, and where it copies the jars. */
export interface Neo4jDistribution {
  pomFile: string;
  libDir: string;
}

export function defaultDistribution(projectRoot: string): Neo4jDistribution {
  return {
    pomFile: path.join(projectRoot, 'neo4j', 'pom.xml'),
    libDir: path.join(projectRoot, 'neo4j', 'lib'),
  };
}

/** The pinned Neo4j version, read from the pom so that it is written down once. */
export function pinnedNeo4jVersion(pomFile: string): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(pomFile, 'utf8'));
  if (!match?.[1]) throw new Error(`${pomFile} has no <neo4j.version> property`);
  return match[1];
}

/**
 * Makes sure the Neo4j Community jars are in `libDir`, resolving them from
 * Maven Central with `mvn package` the first time (Maven caches them under
 * ~/.m2, so later resolutions are fast). Returns the classpath glob.
 */
export function ensureNeo4jJars(
  distribution: Neo4jDistribution,
  options: { mavenCommand?: string; log?: (line: string) => void } = {},
): string {
  const version = pinnedNeo4jVersion(distribution.pomFile);
  const marker = path.join(distribution.libDir, `neo4j-${version}.jar`);
  if (existsSync(marker)) return path.join(distribution.libDir, '*');

  const mavenCommand = options.mavenCommand ?? 'mvn';
  const probe = spawnSync(mavenCommand, ['--version'], { encoding: 'utf8' });
  if (probe.error) {
    throw new LauncherError(
      'MAVEN_MISSING',
      `The Neo4j ${version} jars are not in ${distribution.libDir} yet, and Maven ("${mavenCommand}") ` +
        `could not be run to fetch them (${probe.error.message}). Install Maven 3.6+ ` +
        `(e.g. "apt-get install maven"), or set NEO4J_URI to use an existing Neo4j.`,
    );
  }
  options.log?.(`Resolving Neo4j ${version} from Maven Central (first run only)…`);
  const result = spawnSync(
    mavenCommand,
    ['-B', '-q', '-f', distribution.pomFile, 'package', `-Dneo4j.lib.dir=${distribution.libDir}`],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0 || !existsSync(marker)) {
    const tail = `${result.stdout}${result.stderr}`.trim().split('\n').slice(-20).join('\n');
    throw new LauncherError(
      'NEO4J_RESOLVE_FAILED',
      `Maven could not resolve Neo4j ${version} (exit ${result.status}). Last lines:\n${tail}`,
    );
  }
  return path.join(distribution.libDir, '*');
}
