import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/limits/default-limits.js';
import { selectionWidthGuard } from '../../src/limits/selection-width.middleware.js';

const WIDTH = DEFAULT_LIMITS.selectionWidth;
const wide = `{ ${Array.from({ length: WIDTH + 1 }, () => '__typename').join(' ')} }`;
const narrow = `{ ${Array.from({ length: WIDTH }, () => '__typename').join(' ')} }`;

// The guard as the service mounts it: after the JSON body, in front of a handler that says it ran.
let server: http.Server;
let base: string;
beforeAll(async () => {
  const app = express();
  app.use('/graphql', express.json(), selectionWidthGuard(DEFAULT_LIMITS), (_request, response) => {
    response.json({ passed: true });
  });
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const post = (body: unknown, search = '') =>
  fetch(`${base}${search}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('the selection-width guard', () => {
  it('refuses a POSTed document merging more fields of one name than allowed, every time', async () => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await post({ query: wide });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        errors: [{ extensions: { code: 'SELECTION_TOO_WIDE', limit: WIDTH } }],
      });
    }
  });

  it('lets a document at the limit through', async () => {
    const response = await post({ query: narrow });
    expect(await response.json()).toEqual({ passed: true });
  });

  it('refuses a wide document sent in the query string of a GET', async () => {
    const response = await fetch(`${base}?query=${encodeURIComponent(wide)}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'SELECTION_TOO_WIDE' } }],
    });
  });

  it('judges the body’s document when a POST also carries one in its query string', async () => {
    expect(
      await (await post({ query: narrow }, `?query=${encodeURIComponent(wide)}`)).json(),
    ).toEqual({ passed: true });
    expect((await post({ query: wide }, `?query=${encodeURIComponent(narrow)}`)).status).toBe(400);
  });

  it('leaves a request without a document, or one that does not parse, to Apollo', async () => {
    expect(await (await post({ variables: {} })).json()).toEqual({ passed: true });
    expect(await (await post({ query: '{ unclosed' })).json()).toEqual({ passed: true });
  });
});
