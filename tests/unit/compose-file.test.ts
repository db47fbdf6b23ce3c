import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, PROJECT_ROOT } from '../../src/config.js';

/**
 * docker-compose.yml cannot run on the build machines (no Docker), so it is
 * checked here as a file: the services it needs, pinned images, only
 * variables the service knows, health checks, ports, and a load balancer
 * configuration that reaches both replicas and lets the bookmark header through.
 */
interface ComposeService {
  image?: string;
  build?: string;
  environment?: Record<string, string | number>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] | string; interval?: string; retries?: number };
  ports?: string[];
  volumes?: string[];
  restart?: string;
}

const compose = parse(readFileSync(path.join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8'), {
  merge: true,
}) as { services: Record<string, ComposeService> };
const services = compose.services;
const REPLICAS = ['api-a', 'api-b'];
const nginxConf = readFileSync(path.join(PROJECT_ROOT, 'deploy/nginx.conf'), 'utf8');

function neo4jVersion(): string {
  const pom = readFileSync(path.join(PROJECT_ROOT, 'neo4j/pom.xml'), 'utf8');
  return /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1] ?? 'missing';
}

describe('docker-compose.yml', () => {
  it('brings up Neo4j, two replicas of the service and a load balancer', () => {
    expect(Object.keys(services).sort()).toEqual(['api-a', 'api-b', 'lb', 'neo4j']);
    for (const name of REPLICAS) expect(services[name]?.build).toBe('.');
  });

  it('pins every image to an exact version: Neo4j Community as npm start runs it', () => {
    expect(services.neo4j?.image).toBe(`neo4j:${neo4jVersion()}-community`);
    expect(neo4jVersion()).toMatch(/^5\.26\.\d+$/);
    expect(services.lb?.image).toMatch(/^nginx:\d+\.\d+\.\d+-alpine$/);
    const dockerfile = readFileSync(path.join(PROJECT_ROOT, 'Dockerfile'), 'utf8');
    for (const from of dockerfile.matchAll(/^FROM (\S+)/gm))
      expect(from[1]).toMatch(/:\d+\.\d+\.\d+-/);
  });

  it('gives the replicas only variables the service reads, and the same ones', () => {
    for (const name of REPLICAS) {
      const environment = services[name]?.environment ?? {};
      const unknown = Object.keys(environment).filter((key) => !CONFIG_VARIABLES.includes(key));
      expect(unknown).toEqual([]);
      expect(environment.NEO4J_URI).toBe('bolt://neo4j:7687');
      expect(String(environment.AUTH_JWT_SECRET)).toMatch(/^\$\{AUTH_JWT_SECRET:\?/);
      expect(String(environment.NEO4J_PASSWORD)).toBe('${NEO4J_PASSWORD}');
      expect(Number(environment.WORKERS)).toBeGreaterThanOrEqual(1);
    }
    const [a, b] = REPLICAS.map((name) => services[name]?.environment ?? {});
    const { SEED_ON_EMPTY: seedA, ...restA } = a!;
    const { SEED_ON_EMPTY: seedB, ...restB } = b!;
    expect(restB).toEqual(restA);
    // One replica seeds an empty graph; the other starts after it is ready.
    expect([seedA, seedB]).toEqual(['true', 'false']);
    expect(services['api-b']?.depends_on?.['api-a']?.condition).toBe('service_healthy');
  });

  it('has a health check on every service, and starts each after what it needs is healthy', () => {
    for (const [name, service] of Object.entries(services)) {
      expect(service.healthcheck?.test, name).toBeDefined();
      expect(service.healthcheck?.retries, name).toBeGreaterThan(0);
    }
    for (const name of REPLICAS) {
      expect(JSON.stringify(services[name]?.healthcheck?.test)).toContain('/ready');
    }
    expect(services['api-a']?.depends_on?.neo4j?.condition).toBe('service_healthy');
    for (const name of REPLICAS) {
      expect(services.lb?.depends_on?.[name]?.condition).toBe('service_healthy');
    }
  });

  it('publishes the load balancer only; Neo4j on loopback, the replicas not at all', () => {
    expect(services.lb?.ports).toEqual(['4000:8080']);
    expect(services.neo4j?.ports?.every((port) => port.startsWith('127.0.0.1:'))).toBe(true);
    for (const name of REPLICAS) expect(services[name]?.ports).toBeUndefined();
  });

  it('mounts a load balancer configuration that reaches both replicas on their port', () => {
    const mount = services.lb?.volumes?.[0] ?? '';
    const [source, target] = mount.split(':');
    expect(existsSync(path.join(PROJECT_ROOT, source ?? ''))).toBe(true);
    expect(target).toBe('/etc/nginx/conf.d/default.conf');
    const port = services['api-a']?.environment?.PORT;
    const main = /upstream replicas \{([^}]*)\}/.exec(nginxConf)?.[1] ?? '';
    expect([...main.matchAll(/server (\S+?):(\d+)/g)].map((m) => `${m[1]}:${m[2]}`)).toEqual(
      REPLICAS.map((name) => `${name}:${port}`),
    );
    expect(nginxConf).toMatch(/listen 8080;/);
    expect(nginxConf).toMatch(/location = \/lb-health/);
  });

  it('lets bookmarks through and sends every route, uploads included, to either replica', () => {
    expect(nginxConf).not.toMatch(/proxy_hide_header\s+X-Neo4j-Bookmark/i);
    expect(nginxConf).not.toMatch(/proxy_set_header\s+X-Neo4j-Bookmark/i);
    // Import jobs live in Neo4j: no route needs a sticky replica.
    expect(nginxConf).not.toMatch(/\bhash\b|ip_hash|sticky/);
    expect([...nginxConf.matchAll(/proxy_pass (\S+);/g)].map((m) => m[1])).toEqual([
      'http://replicas',
    ]);
  });
});
