import { readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type ManagedTransaction, type Session, type SessionConfig } from 'neo4j-driver';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { ANALYST_QUERIES } from '../../web/playground/analyst-queries.js';
import { useSeededService } from '../helpers/seeded-service.js';
import { editorToken } from '../helpers/test-tokens.js';

/**
 * Reads go to readers, writes to the leader. In a cluster a session's access
 * mode decides where its transactions run: a read sent as a write loads the
 * leader, a write sent as a read is refused. Here every session the service
 * opens is observed (the real driver, the real Neo4j): the documents the
 * README, the explorer and the playground send open read sessions only, and
 * every write transaction of an edit writes something.
 */
interface OpenedSession {
  mode: string;
  /** Statements run in its write transactions, with Neo4j's verdict on each (r, rw, w, s). */
  writeStatements: Array<{ text: string; queryType: string }>;
}

/** The README's example queries (the same blocks its own test runs). */
function readmeQueries(): string[] {
  const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('## Example queries'),
    readme.indexOf('### More of the API'),
  );
  return [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
}

describe('access modes of the service sessions', () => {
  const seeded = useSeededService();
  let opened: OpenedSession[] = [];

  beforeEach(() => {
    opened = [];
    const driver = seeded.graph.driver;
    const original = driver.session.bind(driver);
    vi.spyOn(driver, 'session').mockImplementation((config?: SessionConfig): Session => {
      const session = original(config);
      const record: OpenedSession = {
        mode: config?.defaultAccessMode ?? neo4j.session.WRITE,
        writeStatements: [],
      };
      opened.push(record);
      // Observe the statements of write transactions; the driver still runs them.
      const executeWrite = session.executeWrite.bind(session);
      session.executeWrite = ((work: (tx: ManagedTransaction) => Promise<unknown>, txConfig) =>
        executeWrite(
          (tx) =>
            work(
              Object.assign(Object.create(tx) as ManagedTransaction, {
                run: async (text: string, params?: Record<string, unknown>) => {
                  const result = await tx.run(text, params);
                  record.writeStatements.push({ text, queryType: result.summary.queryType });
                  return result;
                },
              }),
            ),
          txConfig,
        )) as Session['executeWrite'];
      return session;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  async function post(query: string, variables: Record<string, unknown> = {}, token?: string) {
    const response = await fetch(`${seeded.api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: unknown; errors?: unknown[] };
  }

  it('opens only read sessions for the README, playground and readiness reads', async () => {
    const documents = [...readmeQueries(), ...ANALYST_QUERIES.map((example) => example.query)];
    expect(documents.length).toBeGreaterThanOrEqual(10);
    for (const document of documents) {
      const answer = await post(document);
      expect(answer.errors).toBeUndefined();
    }
    await fetch(`${seeded.api.url}/ready`);
    expect(opened.length).toBeGreaterThan(documents.length);
    const writes = opened.filter((session) => session.mode !== neo4j.session.READ);
    expect(writes).toEqual([]);
  });

  it('opens write sessions for edits, and every write transaction writes', async () => {
    const token = await editorToken();
    const answers = [
      await post(
        `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name } }`,
        { input: { id: 'access-mode-agency', name: 'Access Mode Agency', kind: 'OTHER' } },
        token,
      ),
      await post(
        `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id name } }`,
        { input: { id: 'access-mode-agency', acronym: 'AMA' } },
        token,
      ),
      await post(
        `mutation ($input: ParticipationInput!) { addParticipation(input: $input) { role } }`,
        {
          input: {
            organisationId: 'access-mode-agency',
            projectId: 'from-gaps-to-caps',
            role: 'PARTNER',
          },
        },
        token,
      ),
    ];
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const writeSessions = opened.filter((session) => session.mode === neo4j.session.WRITE);
    expect(writeSessions.length).toBeGreaterThanOrEqual(answers.length);
    for (const session of writeSessions) {
      expect(session.writeStatements.length).toBeGreaterThan(0);
      const types = session.writeStatements.map((statement) => statement.queryType);
      expect(types.some((type) => type === 'w' || type === 'rw')).toBe(true);
    }
  });

  it('has Neo4j refuse a writing statement sent through a read session', async () => {
    await expect(
      seeded.graph.read('testing/set-organisation-name', {
        id: 'access-mode-agency',
        name: 'Renamed Through A Read',
      }),
    ).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.AccessMode' });
  });
});
