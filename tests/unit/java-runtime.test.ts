import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LauncherError } from '../../src/neo4j-local/launcher-error.js';
import {
  assertJavaRuntime,
  defaultJavaCommand,
  parseJavaMajorVersion,
} from '../../src/neo4j-local/java-runtime.js';

describe('parseJavaMajorVersion', () => {
  it('reads the major version of modern Java', () => {
    expect(parseJavaMajorVersion('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime')).toBe(17);
    expect(parseJavaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajorVersion('java version "11.0.2" 2019-01-15 LTS')).toBe(11);
  });

  it('reads Java 8 from its "1.8" scheme', () => {
    expect(parseJavaMajorVersion('openjdk version "1.8.0_392"')).toBe(8);
  });

  it('returns undefined for output without a version', () => {
    expect(parseJavaMajorVersion('')).toBeUndefined();
    expect(parseJavaMajorVersion('bash: java: command not found')).toBeUndefined();
  });
});

describe('defaultJavaCommand', () => {
  it('uses JAVA_HOME when set, else java on the PATH', () => {
    expect(defaultJavaCommand({ JAVA_HOME: '/opt/jdk-17' })).toBe(
      path.join('/opt/jdk-17', 'bin', 'java'),
    );
    expect(defaultJavaCommand({})).toBe('java');
  });
});

describe('assertJavaRuntime', () => {
  it('says how to get Java when the command cannot run', () => {
    let caught: unknown;
    try {
      assertJavaRuntime('/nonexistent/bin/java');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LauncherError);
    expect((caught as LauncherError).code).toBe('JAVA_MISSING');
    expect((caught as LauncherError).message).toContain('/nonexistent/bin/java');
    expect((caught as LauncherError).message).toContain('JAVA_HOME');
  });
});
