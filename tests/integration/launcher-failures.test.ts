import { chmodSync, cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { LauncherError } from '../../src/neo4j-local/launcher-error.js';
import { startLocalNeo4j, type LocalNeo4jOptions } from '../../src/neo4j-local/local-neo4j.js';
import { defaultDistribution } from '../../src/neo4j-local/neo4j-jars.js';
import { isProcessAlive } from '../../src/neo4j-local/process-control.js';
import { findFreePort } from '../../src/neo4j-local/ports.js';

// What a user sees when the local Neo4j cannot start. These start real JVMs.
describe('local Neo4j launcher failure paths', () => {
  const cleanup: Array<() => void | Promise<void>> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0)) await step();
  });

  function tempDir(prefix: string): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  }

  async function options(overrides: Partial<LocalNeo4jOptions> = {}): Promise<LocalNeo4jOptions> {
    return {
      homeDir: tempDir('civprot-launcher-'),
      distribution: defaultDistribution(PROJECT_ROOT),
      boltPort: await findFreePort(),
      password: 'launcher-test-password',
      heapSize: '256m',
      pageCacheSize: '32m',
      stopGraceMs: 10_000,
      ...overrides,
    };
  }

  async function startExpectingError(opts: LocalNeo4jOptions): Promise<LauncherError> {
    const error = await startLocalNeo4j(opts).then(
      (server) => {
        cleanup.push(() => server.stop());
        return new Error('Neo4j started although it should not have');
      },
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(LauncherError);
    return error as LauncherError;
  }

  it('says which port is taken and how to choose another', async () => {
    const blocker = net.createServer();
    const port = await findFreePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    cleanup.push(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

    const error = await startExpectingError(await options({ boltPort: port }));
    expect(error.code).toBe('PORT_IN_USE');
    expect(error.message).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    expect(error.message).toContain('NEO4J_LOCAL_BOLT_PORT');
  });

  it('shows the tail of the log when Neo4j exits during start-up', async () => {
    const error = await startExpectingError(
      await options({ extraSettings: { 'db.no_such_setting_for_this_test': 'true' } }),
    );
    expect(error.code).toBe('NEO4J_EXITED');
    expect(error.message).toMatch(/Neo4j exited during start-up \(exit code \d+\)/);
    // Neo4j's own complaint about the setting reaches the user.
    expect(error.message).toContain('db.no_such_setting_for_this_test');
  });

  it('gives up after the ready timeout and leaves no process behind', async () => {
    const opts = await options({ readyTimeoutMs: 1_500 });
    const error = await startExpectingError(opts);
    expect(error.code).toBe('NEO4J_START_TIMEOUT');
    expect(error.message).toContain('did not answer on bolt://127.0.0.1:');
    expect(error.message).toContain('within 2 s; it was stopped');
    // The launcher removes the pid file only after the process is gone.
    expect(existsSync(path.join(opts.homeDir, 'run', 'neo4j.pid'))).toBe(false);
  });

  it('explains a missing Java', async () => {
    const error = await startExpectingError(
      await options({ javaCommand: '/nonexistent/bin/java' }),
    );
    expect(error.code).toBe('JAVA_MISSING');
    expect(error.message).toContain('Java 17+ is needed');
    expect(error.message).toContain('JAVA_HOME');
  });

  it('refuses a Java older than 17 with the version it found', async () => {
    const dir = tempDir('civprot-old-java-');
    const oldJava = path.join(dir, 'java');
    // A stand-in that answers `-version` like a Java 11 runtime would.
    writeFileSync(oldJava, '#!/bin/sh\necho \'openjdk version "11.0.22" 2024-01-16\' >&2\n');
    chmodSync(oldJava, 0o755);
    const error = await startExpectingError(await options({ javaCommand: oldJava }));
    expect(error.code).toBe('JAVA_TOO_OLD');
    expect(error.message).toContain('openjdk version "11.0.22"');
  });

  it('explains a missing Maven when the jars are not there yet', async () => {
    const dir = tempDir('civprot-no-jars-');
    cpSync(path.join(PROJECT_ROOT, 'neo4j', 'pom.xml'), path.join(dir, 'pom.xml'));
    const error = await startExpectingError(
      await options({
        distribution: { pomFile: path.join(dir, 'pom.xml'), libDir: path.join(dir, 'lib') },
        mavenCommand: '/nonexistent/bin/mvn',
      }),
    );
    expect(error.code).toBe('MAVEN_MISSING');
    expect(error.message).toContain('apt-get install maven');
  });

  it('starts, answers and stops leaving no process', async () => {
    // Generated passwords are base64url, so one in 64 starts with "-"; it must not read as an option.
    const server = await startLocalNeo4j(await options({ password: '-launcher-test-password' }));
    expect(isProcessAlive(server.pid)).toBe(true);
    await server.stop();
    expect(isProcessAlive(server.pid)).toBe(false);
  });
});
