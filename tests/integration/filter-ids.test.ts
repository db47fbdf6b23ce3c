import { describe, expect, it } from 'vitest';
import { useSeededService } from '../helpers/seeded-service.js';

interface Answer {
  data?: Record<string, { totalCount?: number; projectCount?: number } | null> | null;
  errors?: Array<{
    message: string;
    extensions?: { code?: string; argument?: string; unknownIds?: string[] };
  }>;
  extensions?: { stats?: { roundTrips: number; statements: string[] } };
}

// An id the graph does not have is a mistake said as such, in the API and the
// exports alike, checked by the read that answers the filter.
describe('filters naming ids the graph does not have', () => {
  const seeded = useSeededService();

  const ask = async (query: string): Promise<Answer> => {
    const response = await fetch(`${seeded.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-debug-stats': '1' },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as Answer;
  };

  it.each([
    [
      'projects',
      '{ projects(filter: { fundingSourceIds: ["dg-echo", "dg-ech"] }) { totalCount } }',
      'filter.fundingSourceIds',
      'FundingSource',
      ['dg-ech'],
    ],
    [
      'projects',
      '{ projects(filter: { topicIds: ["no-such-topic"] }) { nodes { id } } }',
      'filter.topicIds',
      'Topic',
      ['no-such-topic'],
    ],
    [
      'projects',
      '{ projects(filter: { programmeIds: ["eusbsr", "nope"] }) { totalCount } }',
      'filter.programmeIds',
      'Programme',
      ['nope'],
    ],
    [
      'organisations',
      '{ organisations(filter: { projectIds: ["ghost-project"] }) { totalCount } }',
      'filter.projectIds',
      'Project',
      ['ghost-project'],
    ],
    [
      'organisations',
      '{ organisations(filter: { policyAreaIds: ["pa-nothing"] }) { nodes { id } } }',
      'filter.policyAreaIds',
      'PolicyArea',
      ['pa-nothing'],
    ],
    [
      'people',
      '{ people(filter: { organisationIds: ["nobody-org"] }) { totalCount } }',
      'filter.organisationIds',
      'Organisation',
      ['nobody-org'],
    ],
    [
      'policyAreas',
      '{ policyAreas(filter: { programmeIds: ["no-programme"] }) { totalCount } }',
      'filter.programmeIds',
      'Programme',
      ['no-programme'],
    ],
    [
      'partnershipNetwork',
      '{ partnershipNetwork(filter: { fundingSourceIds: ["dg-ech"] }) { projectCount } }',
      'filter.fundingSourceIds',
      'FundingSource',
      ['dg-ech'],
    ],
  ])(
    '%s: %s is BAD_USER_INPUT naming the argument and the ids',
    async (_, query, argument, label, ids) => {
      const answer = await ask(query);
      const [error] = answer.errors ?? [];
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.extensions?.argument).toBe(argument);
      expect(error?.extensions?.unknownIds).toEqual(ids);
      expect(error?.message).toBe(
        `Unknown ${label} id(s) in "${argument}": ${ids.map((id) => `"${id}"`).join(', ')}`,
      );
      // The read that answers the filter names the unknown ids: no round trip of its own.
      expect(answer.extensions?.stats?.roundTrips).toBe(1);
    },
  );

  it('answers known ids in one round trip', async () => {
    const answer = await ask(
      '{ projects(filter: { fundingSourceIds: ["dg-echo"] }) { totalCount nodes { id } } }',
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.projects?.totalCount).toBeGreaterThan(0);
    expect(answer.extensions?.stats?.roundTrips).toBe(1);
  });

  it('the network exports refuse the same mistake with a 400 naming the parameter', async () => {
    const response = await fetch(`${seeded.api.url}/exports/network.json?fundingSourceIds=dg-ech`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { code: string; message: string; parameter?: string };
    };
    expect(body.error.code).toBe('BAD_USER_INPUT');
    expect(body.error.parameter).toBe('fundingSourceIds');
    expect(body.error.message).toBe('Unknown FundingSource id(s) in "fundingSourceIds": "dg-ech"');
  });

  it('refuses a policy-area status that is not "active" or "former"', async () => {
    const answer = await ask('{ policyAreas(filter: { statuses: ["activ"] }) { totalCount } }');
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(
      /statuses takes "active" and "former", but got: activ/,
    );
  });
});

// Undated projects (no start year) have no place in a period: a period filter
// leaves them out unless the caller asks for them with includeUndated.
describe('period filters and undated projects', () => {
  const seeded = useSeededService();

  const ask = async (query: string): Promise<Answer> => {
    const response = await fetch(`${seeded.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as Answer;
  };

  it('includeUndated adds exactly the projects without a start year', async () => {
    const listing = (await (
      await fetch(`${seeded.api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ projects(first: 100) { nodes { id startDate } } }' }),
      })
    ).json()) as { data: { projects: { nodes: Array<{ id: string; startDate: string | null }> } } };
    const undated = listing.data.projects.nodes.filter((project) => project.startDate === null);
    expect(undated.length).toBeGreaterThan(0);

    const answer = await ask(`{
      all: projects { totalCount }
      dated: projects(filter: { activeFrom: 1000, activeTo: 2999 }) { totalCount }
      withUndated: projects(filter: { activeFrom: 1000, activeTo: 2999, includeUndated: true }) { totalCount }
      netDated: partnershipNetwork(filter: { activeFrom: 1000 }) { projectCount }
      netAll: partnershipNetwork { projectCount }
      netWithUndated: partnershipNetwork(filter: { activeFrom: 1000, includeUndated: true }) { projectCount }
    }`);
    expect(answer.errors).toBeUndefined();
    const all = answer.data?.all?.totalCount ?? -1;
    expect(answer.data?.dated?.totalCount).toBe(all - undated.length);
    expect(answer.data?.withUndated?.totalCount).toBe(all);
    expect(answer.data?.netWithUndated?.projectCount).toBe(answer.data?.netAll?.projectCount);
    expect(answer.data?.netDated?.projectCount).toBeLessThan(
      answer.data?.netAll?.projectCount ?? 0,
    );
  });

  it('the exports take includeUndated and refuse anything but true or false', async () => {
    const bad = await fetch(
      `${seeded.api.url}/exports/network.json?activeFrom=2000&includeUndated=yes`,
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toBe(
      '"includeUndated" must be true or false, but got: yes',
    );
    const good = await fetch(
      `${seeded.api.url}/exports/network.json?activeFrom=1000&includeUndated=true`,
    );
    expect(good.status).toBe(200);
  });
});
