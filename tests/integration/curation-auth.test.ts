import { beforeAll, describe, expect, it } from 'vitest';
import { graphChecksum } from '../helpers/test-graph.js';
import { matrixTokens } from '../helpers/test-tokens.js';
import { useSeededService } from '../helpers/seeded-service.js';

interface GraphQLResponse {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
}

/** Every mutation, with arguments that an editor's request turns into a real write. */
const MUTATIONS: Array<[name: string, query: string]> = [
  [
    'createOrganisation',
    `mutation { createOrganisation(input: { id: "auth-test-agency", name: "Auth Test Agency", kind: GOVERNMENT_AGENCY, countryCode: "EE" }) { id } }`,
  ],
  [
    'updateOrganisation',
    `mutation { updateOrganisation(input: { id: "auth-test-agency", city: "Tallinn" }) { id } }`,
  ],
  [
    'createProject',
    `mutation { createProject(input: { id: "auth-test-project", name: "Auth Test Project", kind: PROJECT, status: ONGOING, summary: "A project for the authorisation matrix." }) { id } }`,
  ],
  [
    'updateProject',
    `mutation { updateProject(input: { id: "auth-test-project", startDate: "2024" }) { id } }`,
  ],
  [
    'createFundingSource',
    `mutation { createFundingSource(input: { id: "auth-test-fund", name: "Auth Test Fund", kind: NATIONAL_FUNDING }) { id } }`,
  ],
  [
    'updateFundingSource',
    `mutation { updateFundingSource(input: { id: "auth-test-fund", acronym: "ATF" }) { id } }`,
  ],
  [
    'addParticipation',
    `mutation { addParticipation(input: { organisationId: "auth-test-agency", projectId: "auth-test-project", role: COORDINATOR }) { role } }`,
  ],
  [
    'updateParticipation',
    `mutation { updateParticipation(input: { organisationId: "auth-test-agency", projectId: "auth-test-project", role: COORDINATOR, task: "Lead" }) { task } }`,
  ],
  [
    'linkFunding',
    `mutation { linkFunding(input: { projectId: "auth-test-project", fundingSourceId: "auth-test-fund", amountEur: 1000 }) { amountEur } }`,
  ],
  [
    'unlinkFunding',
    `mutation { unlinkFunding(projectId: "auth-test-project", fundingSourceId: "auth-test-fund") }`,
  ],
  [
    'removeParticipation',
    `mutation { removeParticipation(input: { organisationId: "auth-test-agency", projectId: "auth-test-project", role: COORDINATOR }) }`,
  ],
  [
    'mergeOrganisations',
    `mutation { mergeOrganisations(input: { survivorId: "estonian-rescue-board", mergedId: "auth-test-agency", reason: "Test merge." }) { alreadyMerged } }`,
  ],
];

/** What each non-editor caller gets. */
const REFUSALS: Record<string, string> = {
  'no token': 'UNAUTHENTICATED',
  expired: 'UNAUTHENTICATED',
  'wrong audience': 'UNAUTHENTICATED',
  'alg none': 'UNAUTHENTICATED',
  reader: 'FORBIDDEN',
};

// Only an editor's valid token writes; every other caller is refused with a
// specific code and the graph stays exactly as it was.
describe('authorisation matrix', () => {
  let tokens: Record<string, string | undefined>;

  const seeded = useSeededService();

  beforeAll(async () => {
    tokens = await matrixTokens();
  });

  async function post(query: string, token: string | undefined): Promise<GraphQLResponse> {
    const response = await fetch(`${seeded.api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
  }

  // In order: each editor write prepares the next mutation's target.
  it.each(MUTATIONS)(
    '%s: refused for every non-editor, done for the editor',
    async (name, query) => {
      const before = await graphChecksum(seeded.graph);
      for (const [caller, code] of Object.entries(REFUSALS)) {
        const { status, body } = await post(query, tokens[caller]);
        expect(body.errors?.[0]?.extensions?.code, `${name} as ${caller}`).toBe(code);
        expect(body.data?.[name] ?? null, `${name} as ${caller}`).toBeNull();
        // Missing or bad credentials are an HTTP 401; a reader is known but not allowed: 403.
        expect(status, `${name} as ${caller}`).toBe(code === 'UNAUTHENTICATED' ? 401 : 403);
      }
      expect(await graphChecksum(seeded.graph), `${name}: nothing written by refused callers`).toBe(
        before,
      );

      const { body } = await post(query, tokens.editor);
      expect(body.errors, name).toBeUndefined();
      expect(body.data?.[name], name).not.toBeNull();
      expect(await graphChecksum(seeded.graph), `${name}: the editor's request wrote`).not.toBe(
        before,
      );
    },
  );

  it('tells why a token is refused, without echoing it', async () => {
    const expired = await post(MUTATIONS[0]?.[1] ?? '', tokens.expired);
    expect(expired.body.errors?.[0]?.message).toBe('The token has expired.');
    const audience = await post(MUTATIONS[0]?.[1] ?? '', tokens['wrong audience']);
    expect(audience.body.errors?.[0]?.message).toBe(
      'The token is not for this service (audience must be "civprot-graph-api").',
    );
    const forged = await post(MUTATIONS[0]?.[1] ?? '', tokens['alg none']);
    expect(forged.body.errors?.[0]?.message).toBe(
      'The token is signed with an algorithm this service does not accept.',
    );
    expect(JSON.stringify(forged.body)).not.toContain(tokens['alg none'] as string);
  });

  it('lets anyone read without a token', async () => {
    const { status, body } = await post('{ organisation(id: "msb") { name } }', undefined);
    expect(status).toBe(200);
    expect(body.data).toEqual({ organisation: { name: 'Swedish Civil Contingencies Agency' } });
  });
});
