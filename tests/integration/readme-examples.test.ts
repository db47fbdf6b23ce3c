import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { useSeededService } from '../helpers/seeded-service.js';

interface Example {
  title: string;
  query: string;
  expected: unknown;
}

/** The README's example queries: each `graphql` block with the `json` block after it. */
function readmeExamples(): Example[] {
  const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('## Example queries'),
    readme.indexOf('### More of the API'),
  );
  const pattern = /### (.+)\n[\s\S]*?```graphql\n([\s\S]*?)```\s*```json\n([\s\S]*?)```/g;
  return [...section.matchAll(pattern)].map((match) => ({
    title: match[1] ?? '',
    query: match[2] ?? '',
    expected: JSON.parse(match[3] ?? 'null'),
  }));
}

// The outputs shown in the README are the outputs the seeded graph returns.
describe('README example queries', () => {
  const examples = readmeExamples();

  const seeded = useSeededService();

  it('has the analyst examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(examples.map((example) => [example.title, example] as const))(
    '%s',
    async (_title, example) => {
      const response = await fetch(`${seeded.api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: example.query }),
      });
      const body = (await response.json()) as { data: unknown; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect({ data: body.data }).toEqual(example.expected);
    },
  );
});
