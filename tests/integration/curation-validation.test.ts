import { beforeAll, describe, expect, it } from 'vitest';
import { graphChecksum } from '../helpers/test-graph.js';
import { editorToken } from '../helpers/test-tokens.js';
import { useSeededService } from '../helpers/seeded-service.js';

// An editor's invalid edits: each refused with BAD_USER_INPUT saying what is
// wrong, and nothing written.
describe('curation input validation', () => {
  let token: string;

  const seeded = useSeededService();

  beforeAll(async () => {
    token = await editorToken();
  });

  it.each([
    [
      'clearing a required field',
      'mutation { updateFundingSource(input: { id: "dg-echo", kind: null }) { id } }',
      /"kind" is required and cannot be cleared/,
    ],
    [
      'an id that is not a slug',
      'mutation { createOrganisation(input: { id: "Not A Slug", name: "X", kind: OTHER }) { id } }',
      /id must be a lower-case kebab-case slug/,
    ],
    [
      'an id longer than 200 characters',
      `mutation { createOrganisation(input: { id: "${'a'.repeat(201)}", name: "X", kind: OTHER }) { id } }`,
      /id must be a lower-case kebab-case slug like "cbss-secretariat" of at most 200 characters/,
    ],
    [
      'a name of white space only',
      'mutation { updateOrganisation(input: { id: "msb", name: "   " }) { id } }',
      /name: name must contain a visible letter, digit or sign/,
    ],
    [
      'a budget beyond the bound',
      'mutation { updateProject(input: { id: "from-gaps-to-caps", totalBudgetEur: 2e12 }) { id } }',
      /totalBudgetEur must be an amount in euros from 0 to 1000000000000/,
    ],
    [
      'an invalid country code',
      'mutation { createOrganisation(input: { id: "x-agency", name: "X Agency", kind: OTHER, countryCode: "XX" }) { id } }',
      /countryCode must be an ISO 3166-1 alpha-2 code/,
    ],
    [
      'an id that exists',
      'mutation { createOrganisation(input: { id: "msb", name: "Another MSB", kind: OTHER }) { id } }',
      /Organisation "msb" already exists; use the update mutation/,
    ],
    [
      'a name another organisation answers to',
      'mutation { createOrganisation(input: { id: "hamburg-2", name: "HAMBURG FIRE & RESCUE SERVICE", kind: RESCUE_SERVICE }) { id } }',
      /already used by Organisation "hamburg-fire-rescue-service"; merge the two/,
    ],
    [
      'an unknown cited source',
      'mutation { updateOrganisation(input: { id: "msb", city: "Karlstad", citation: { sourceId: "no-such-source" } }) { id } }',
      /Unknown Source id in "citation.sourceId": "no-such-source"/,
    ],
    [
      'an end before the start',
      'mutation { updateProject(input: { id: "from-gaps-to-caps", endDate: "2014" }) { id } }',
      /endDate 2014 is before startDate 2015/,
    ],
    [
      'an unknown organisation to update',
      'mutation { updateOrganisation(input: { id: "nobody-here", city: "Riga" }) { id } }',
      /Unknown Organisation id: "nobody-here"/,
    ],
    [
      'an edge that already exists',
      'mutation { addParticipation(input: { organisationId: "dsb", projectId: "from-gaps-to-caps", role: PARTNER }) { role } }',
      /"dsb" already has the role "partner" in "from-gaps-to-caps"; use updateParticipation/,
    ],
    [
      'merging an organisation into itself',
      'mutation { mergeOrganisations(input: { survivorId: "msb", mergedId: "msb", reason: "Same." }) { alreadyMerged } }',
      /must name two different organisations/,
    ],
  ])('refuses %s', async (_name, query, message) => {
    const before = await graphChecksum(seeded.graph);
    const response = await fetch(`${seeded.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as {
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    };
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(message);
    expect(await graphChecksum(seeded.graph)).toBe(before);
  });
});
