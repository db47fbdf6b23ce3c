import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import express from 'express';
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import { mountFrontDoor } from '../../src/http/front-door.js';
import { buildGraphQLSchema } from '../../src/schema.js';
import { ensureWebBundle } from '../helpers/web-bundle-build.js';
import { useSeededService } from '../helpers/seeded-service.js';

/** What Chromium sends when a user opens a URL. */
const BROWSER_ACCEPT =
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

/** The same-origin paths a page loads: scripts, styles, preloads. */
function referencedAssets(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
    .map((match) => match[1] ?? '')
    .filter((url) => !url.startsWith('data:'));
}

// The playground and explorer pages, their assets and the browser GET on /graphql,
// over real HTTP. What the pages do in a browser is tested under tests/browser/.
describe('front door over HTTP', () => {
  const seeded = useSeededService();

  beforeAll(async () => {
    await ensureWebBundle();
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    fetch(`${seeded.api.url}${url}`, { headers });

  describe.each(['/playground', '/explorer'])('%s', (page) => {
    it('is an HTML page that is revalidated and may load only this origin', async () => {
      const response = await get(page, { accept: BROWSER_ACCEPT });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("connect-src 'self'");
      const html = await response.text();
      expect(html).not.toMatch(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
    });

    it('references only bundled assets, served with long-lived caching', async () => {
      const html = await (await get(page)).text();
      const assets = referencedAssets(html);
      expect(assets.length).toBeGreaterThan(0);
      for (const asset of assets) {
        expect(asset).toMatch(/^\/assets\/[\w.-]+$/);
        const response = await get(asset);
        expect(response.status).toBe(200);
        expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      }
    });
  });

  it('an unknown asset is a 404, not a page', async () => {
    const response = await get('/assets/no-such-file.js');
    expect(response.status).toBe(404);
  });

  it('a browser GET on /graphql gets the playground', async () => {
    const playground = await (await get('/playground')).text();
    const response = await get('/graphql', { accept: BROWSER_ACCEPT });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toBe(playground);
  });

  it('a GET on /graphql with a query goes to GraphQL, even from a browser', async () => {
    const query = encodeURIComponent('{ totals { projectCount } }');
    const response = await get(`/graphql?query=${query}`, {
      accept: BROWSER_ACCEPT,
      'apollo-require-preflight': 'true',
    });
    expect(response.headers.get('content-type')).toMatch(/json/);
    const body = (await response.json()) as { data: { totals: { projectCount: number } } };
    expect(body.data.totals.projectCount).toBeGreaterThan(0);
  });

  it('a GET on /graphql asking for JSON goes to GraphQL', async () => {
    const response = await get('/graphql', { accept: 'application/json' });
    expect(response.headers.get('content-type')).toMatch(/json/);
    expect(await response.text()).not.toContain('<html');
  });

  it('POST /graphql is untouched', async () => {
    const data = await seeded.api.client.request<{ organisation: { name: string } }>(
      '{ organisation(id: "hamburg-fire-rescue-service") { name } }',
    );
    expect(data.organisation.name).toBe('Hamburg Fire and Rescue Service');
  });

  it('without a built bundle the pages say how to build it (503)', async () => {
    const emptyRoot = mkdtempSync(path.join(os.tmpdir(), 'civprot-no-web-'));
    const apollo = new ApolloServer<Context>({ schema: await buildGraphQLSchema() });
    await apollo.start();
    const app = express();
    mountFrontDoor(app, {
      graph: seeded.graph,
      apollo,
      logger: pino({ level: 'silent' }),
      webRoot: emptyRoot,
    });
    const server = app.listen(0, '127.0.0.1');
    try {
      await new Promise((resolve) => server.once('listening', resolve));
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const response = await fetch(`http://127.0.0.1:${port}/explorer`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build');
    } finally {
      server.close();
      await apollo.stop();
      rmSync(emptyRoot, { recursive: true, force: true });
    }
  });
});
