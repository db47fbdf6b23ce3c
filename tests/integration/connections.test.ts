import { describe, expect, it } from 'vitest';
import { useSeededService } from '../helpers/seeded-service.js';

interface Path {
  hops: number;
  organisations: Array<{ id: string }>;
  projects: Array<{ id: string }>;
  steps: Array<{ fromRole: string; toRole: string }>;
}

interface Answer {
  data?: { connections?: Path[]; connection?: Path | null } | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const PATH = 'hops organisations { id } projects { id } steps { fromRole toRole }';
/** A chain by its nodes and its edges' roles (two roles of one partner are two chains). */
const chainOf = (path: Path) =>
  [
    ...path.organisations.map((o) => o.id),
    ...path.projects.map((p) => p.id),
    ...path.steps.map((step) => `${step.fromRole}/${step.toRole}`),
  ].join('>');

// An analyst comparing routes between two organisations gets every shortest
// chain, up to a bound, and `connection` stays the first of them.
describe('connections: all shortest chains, bounded', () => {
  const seeded = useSeededService();

  const ask = async (query: string): Promise<Answer> => {
    const response = await fetch(`${seeded.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as Answer;
  };

  it('returns every shortest chain, distinct and equally long, the first as `connection`', async () => {
    const answer = await ask(`{
      connections(fromId: "hamburg-fire-rescue-service", toId: "estonian-rescue-board", first: 20) { ${PATH} }
      connection(fromId: "hamburg-fire-rescue-service", toId: "estonian-rescue-board") { ${PATH} } }`);
    expect(answer.errors).toBeUndefined();
    const paths = answer.data?.connections ?? [];
    expect(paths.length).toBeGreaterThan(1);
    expect(new Set(paths.map((path) => path.hops)).size).toBe(1);
    expect(new Set(paths.map(chainOf)).size).toBe(paths.length);
    expect(chainOf(paths[0] as Path)).toBe(chainOf(answer.data?.connection as Path));
  });

  it('stops at `first` and refuses a bound outside 1–20', async () => {
    const one = await ask(`{
      connections(fromId: "hamburg-fire-rescue-service", toId: "estonian-rescue-board", first: 1) { hops } }`);
    expect(one.data?.connections).toHaveLength(1);
    const tooMany = await ask(`{
      connections(fromId: "hamburg-fire-rescue-service", toId: "estonian-rescue-board", first: 21) { hops } }`);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('names unknown ids and refuses a chain from an organisation to itself', async () => {
    const unknown = await ask(
      '{ connections(fromId: "hamburg-fire-rescue-service", toId: "no-such-org") { hops } }',
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.message).toContain('"no-such-org"');
    const same = await ask(
      '{ connections(fromId: "estonian-rescue-board", toId: "estonian-rescue-board") { hops } }',
    );
    expect(same.errors?.[0]?.message).toBe(
      '"toId" must differ from "fromId", but both are "estonian-rescue-board"',
    );
  });
});
