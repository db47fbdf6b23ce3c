import { describe, expect, it } from 'vitest';
import { citationsInResult } from '../../web/playground/result-citations.js';

// What the playground lists under a response: the result's citations, each a
// link to the source reader. A response is data: only reader addresses of this
// service become links.
describe('citations in a playground result', () => {
  it('finds every citation with a reader address, in document order, with where it is', () => {
    const response = JSON.stringify({
      data: {
        project: {
          name: '14.3',
          sources: [
            {
              basis: 'STATED',
              lines: '80',
              readerPath: '/sources/eusbsr-pa-secure-page#L80',
              source: { title: 'PA Secure' },
            },
            {
              basis: 'INFERRED',
              lines: '86',
              note: 'eligible cost',
              readerPath: '/sources/eusbsr-pa-secure-page#L86',
              source: { id: 'eusbsr-pa-secure-page' },
            },
          ],
        },
        provenance: [{ lines: '73, 84', readerPath: '/sources/eusbsr-pa-secure-page#L73,L84' }],
      },
    });
    expect(citationsInResult(response)).toEqual([
      {
        at: 'data.project.sources[0]',
        readerPath: '/sources/eusbsr-pa-secure-page#L80',
        lines: '80',
        sourceTitle: 'PA Secure',
        basis: 'STATED',
        note: null,
      },
      {
        at: 'data.project.sources[1]',
        readerPath: '/sources/eusbsr-pa-secure-page#L86',
        lines: '86',
        sourceTitle: 'eusbsr-pa-secure-page',
        basis: 'INFERRED',
        note: 'eligible cost',
      },
      {
        at: 'data.provenance[0]',
        readerPath: '/sources/eusbsr-pa-secure-page#L73,L84',
        lines: '73, 84',
        sourceTitle: null,
        basis: null,
        note: null,
      },
    ]);
  });

  it('links nothing that is not a reader address of this service', () => {
    const hostile = [
      'javascript:alert(1)',
      'https://elsewhere.example/sources/x#L1',
      '//elsewhere.example/sources/x',
      '/sources/../graphql',
      '/sources/x#L1"><script>',
      '/sources/x\u202e#L1',
      '/sources/',
      '',
    ];
    const response = JSON.stringify({
      data: { list: hostile.map((readerPath) => ({ readerPath })) },
    });
    expect(citationsInResult(response)).toEqual([]);
  });

  it('finds nothing in a text that is not JSON, or has no citations', () => {
    expect(citationsInResult('')).toEqual([]);
    expect(citationsInResult('{"data": {"project": ')).toEqual([]);
    expect(citationsInResult('<html>502</html>')).toEqual([]);
    expect(citationsInResult('{"data":{"readerPath":42,"sources":[]}}')).toEqual([]);
  });

  it('reads a large, deep result', () => {
    const many = Array.from({ length: 5000 }, (_, index) => ({
      readerPath: `/sources/s#L${index + 1}`,
    }));
    let deep: unknown = { readerPath: '/sources/deep#L1' };
    for (let level = 0; level < 200; level += 1) deep = { inner: deep };
    const found = citationsInResult(JSON.stringify({ data: { many, deep } }));
    expect(found).toHaveLength(5001);
    expect(found.at(-1)?.at).toBe(`data.deep${'.inner'.repeat(200)}`);
  });
});
