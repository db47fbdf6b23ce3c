import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetFile } from '../../src/import/dataset-file.js';
import { MAX_NODE_IDS } from '../../src/limits/list-bounds.js';
import { NODE_TYPE_NAMES } from '../../src/node-ids/node-types.js';
import { useSeededService } from '../helpers/seeded-service.js';
import { startTestService, type TestService } from '../helpers/test-service.js';
import { matrixTokens } from '../helpers/test-tokens.js';

/** Look-alike organisations on top of the seed, so the review queue has candidates. */
const LOOK_ALIKES = 'tests/fixtures/identity/cordis-style-partners.yaml';

interface Answer<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions: Record<string, unknown> & { code: string } }>;
  extensions?: { stats?: { roundTrips: number; statements: string[] } };
}

/** One POST /graphql with database statistics; the status and the whole body back. */
async function post<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-debug-stats': '1', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer<T>, 'status'>) };
}

interface Listed {
  __typename: string;
  nodeId: string;
  id?: string;
  code?: string;
}

/** One entity (or a few) of every type that implements Node, read through the ordinary fields. */
const EVERY_TYPE = `{
  organisations(first: 2) { nodes { __typename nodeId id } }
  projects(first: 2) { nodes { __typename nodeId id } }
  fundingSources(first: 2) { nodes { __typename nodeId id } }
  countries(first: 2) { nodes { __typename nodeId code } }
  regions(first: 2) { nodes { __typename nodeId id } }
  programmes(first: 2) { nodes { __typename nodeId id } }
  policyAreas(first: 2) { nodes { __typename nodeId id } }
  people(first: 2) { nodes { __typename nodeId id } }
  topics(first: 2) { nodes { __typename nodeId id } }
  events(first: 2) { nodes { __typename nodeId id } }
  documents(first: 2) { nodes { __typename nodeId id } }
  duplicateCandidates(first: 2) { nodes { __typename nodeId id } }
  project(id: "from-gaps-to-caps") {
    tasks { __typename nodeId id }
    sources { source { __typename nodeId id } }
  }
  resolutions(entityId: "cbss") { __typename nodeId id }
}`;

interface EveryType {
  project: { tasks: Listed[]; sources: Array<{ source: Listed }> };
  resolutions: Listed[];
  [list: string]: unknown;
}

function listedOf(data: EveryType): Listed[] {
  const listed: Listed[] = [];
  for (const [field, value] of Object.entries(data)) {
    if (field === 'project') {
      listed.push(...data.project.tasks, ...data.project.sources.map((s) => s.source));
    } else if (field === 'resolutions') listed.push(...data.resolutions);
    else listed.push(...(value as { nodes: Listed[] }).nodes);
  }
  return listed;
}

describe('Global Object Identification: Node, node(id:), nodes(ids:)', () => {
  const seeded = useSeededService({
    datasets: () => [DatasetFile.parse(readFileSync(LOOK_ALIKES, 'utf8'), LOOK_ALIKES)],
  });
  let listed: Listed[] = [];

  beforeAll(async () => {
    const answer = await post<EveryType>(seeded.api.url, EVERY_TYPE);
    expect(answer.errors).toBeUndefined();
    listed = listedOf(answer.data as EveryType);
  });

  it('gives every entity type a nodeId "<Type>:<key>" that names it', () => {
    expect(new Set(listed.map((entity) => entity.__typename))).toEqual(new Set(NODE_TYPE_NAMES));
    for (const entity of listed) {
      expect(entity.nodeId).toBe(`${entity.__typename}:${entity.id ?? entity.code}`);
    }
  });

  it('node(id:) finds each of them again, of its type', async () => {
    for (const entity of listed) {
      const answer = await post<{ node: Listed | null }>(
        seeded.api.url,
        `query ($id: ID!) { node(id: $id) { __typename nodeId ... on Country { code }
           ... on Organisation { id } ... on Project { id } ... on FundingSource { id }
           ... on Region { id } ... on Programme { id } ... on PolicyArea { id } ... on Person { id }
           ... on Topic { id } ... on Event { id } ... on Document { id } ... on Task { id }
           ... on Source { id } ... on Resolution { id } ... on DuplicateCandidate { id } } }`,
        { id: entity.nodeId },
      );
      expect(answer.errors, entity.nodeId).toBeUndefined();
      expect(answer.data?.node).toEqual(entity);
    }
  });

  it('reads review candidates and decisions by node id as their lists show them', async () => {
    const listed = await post<{
      duplicateCandidates: { nodes: Array<Record<string, unknown> & { nodeId: string }> };
      resolutions: Array<Record<string, unknown> & { nodeId: string; otherIds: string[] }>;
    }>(
      seeded.api.url,
      `{ duplicateCandidates(first: 10) { nodes { nodeId id score nameScore rules names
           organisationIds sharedProjectIds sharedPartnerIds } }
         resolutions(entityId: "cbss") { nodeId id decision names reason otherIds } }`,
    );
    expect(listed.errors).toBeUndefined();
    const candidates = listed.data!.duplicateCandidates.nodes;
    const decisions = listed.data!.resolutions;
    expect(candidates.length).toBeGreaterThan(0);
    expect(decisions.length).toBeGreaterThan(0);
    // By id each id is listed once, in order; the queue may repeat a partner met through two projects.
    const sorted = (value: unknown) => [...new Set(value as string[])].sort();

    const read = await post<{ nodes: Array<Record<string, unknown>> }>(
      seeded.api.url,
      `query ($ids: [ID!]!) { nodes(ids: $ids) {
         ... on DuplicateCandidate { nodeId id score nameScore rules names
           organisationIds sharedProjectIds sharedPartnerIds }
         ... on Resolution { nodeId id decision names reason otherIds } } }`,
      { ids: [...candidates, ...decisions].map((entity) => entity.nodeId) },
    );
    expect(read.errors).toBeUndefined();
    const [byIdCandidates, byIdDecisions] = [
      read.data!.nodes.slice(0, candidates.length),
      read.data!.nodes.slice(candidates.length),
    ];
    candidates.forEach((candidate, i) => {
      const byId = byIdCandidates[i]!;
      for (const list of ['organisationIds', 'sharedProjectIds', 'sharedPartnerIds']) {
        expect(sorted(byId[list]), list).toEqual(sorted(candidate[list]));
        expect(byId[list], list).toEqual(sorted(byId[list]));
      }
      const rest = (value: Record<string, unknown>) => ({
        ...value,
        organisationIds: null,
        sharedProjectIds: null,
        sharedPartnerIds: null,
      });
      expect(rest(byId)).toEqual(rest(candidate));
    });
    decisions.forEach((decision, i) => {
      const byId = byIdDecisions[i]!;
      // Read on its own a decision names every entity it is about, cbss included.
      expect(byId.otherIds).toEqual([...decision.otherIds, 'cbss'].sort());
      expect({ ...byId, otherIds: null }).toEqual({ ...decision, otherIds: null });
    });
  });

  it('answers null for a well-formed id that names nothing, also a slug of another type', async () => {
    const answer = await post<{ a: unknown; b: unknown; c: { id: string } | null }>(
      seeded.api.url,
      `{ a: node(id: "Organisation:no-such-body") { nodeId }
         b: node(id: "Project:hamburg-fire-rescue-service") { nodeId }
         c: node(id: "Organisation:hamburg-fire-rescue-service") { ... on Organisation { id } } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ a: null, b: null, c: { id: 'hamburg-fire-rescue-service' } });
  });

  it('nodes(ids:) keeps the order, repeats and nulls, at one statement per type', async () => {
    const organisations = listed.filter((entity) => entity.__typename === 'Organisation');
    const country = listed.find((entity) => entity.__typename === 'Country') as Listed;
    const ids = [
      organisations[1]!.nodeId,
      'Country:ZZ',
      country.nodeId,
      organisations[0]!.nodeId,
      'Organisation:no-such-body',
      organisations[1]!.nodeId,
    ];
    const answer = await post<{ nodes: Array<{ nodeId: string } | null> }>(
      seeded.api.url,
      'query ($ids: [ID!]!) { nodes(ids: $ids) { nodeId } }',
      { ids },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.nodes).toEqual([
      { nodeId: ids[0] },
      null,
      { nodeId: ids[2] },
      { nodeId: ids[3] },
      null,
      { nodeId: ids[0] },
    ]);
    expect([...(answer.extensions?.stats?.statements ?? [])].sort()).toEqual([
      'queries/countries-by-codes',
      'queries/organisations-by-ids',
    ]);
  });

  it('costs one round trip per type for 50 ids, through the loaders the other fields use', async () => {
    const page = await post<{
      organisations: { nodes: Listed[] };
      projects: { nodes: Listed[] };
      countries: { nodes: Listed[] };
    }>(
      seeded.api.url,
      `{ organisations(first: 30) { nodes { nodeId } } projects(first: 15) { nodes { nodeId } }
         countries(first: 5) { nodes { nodeId } } }`,
    );
    const ids = [
      ...page.data!.organisations.nodes,
      ...page.data!.projects.nodes,
      ...page.data!.countries.nodes,
    ].map((entity) => entity.nodeId);
    expect(ids).toHaveLength(50);
    const answer = await post<{ nodes: Array<{ nodeId: string; name: string } | null> }>(
      seeded.api.url,
      `query ($ids: [ID!]!) { nodes(ids: $ids) { nodeId
         ... on Organisation { name country { code } } ... on Project { name } ... on Country { name } } }`,
      { ids },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.nodes.map((node) => node?.nodeId)).toEqual(ids);
    expect(answer.data?.nodes.every((node) => typeof node?.name === 'string')).toBe(true);
    expect(answer.extensions?.stats?.roundTrips).toBe(3);
    expect([...(answer.extensions?.stats?.statements ?? [])].sort()).toEqual([
      'queries/countries-by-codes',
      'queries/organisations-by-ids',
      'queries/projects-by-ids',
    ]);

    // A nested field of the same request that needs one of them loads nothing more.
    const shared = await post<{ nodes: unknown[]; organisation: { nodeId: string } }>(
      seeded.api.url,
      `query ($ids: [ID!]!, $id: ID!) { nodes(ids: $ids) { nodeId } organisation(id: $id) { nodeId } }`,
      { ids, id: page.data!.organisations.nodes[0]!.nodeId.split(':')[1] },
    );
    expect(shared.errors).toBeUndefined();
    expect(shared.extensions?.stats?.roundTrips).toBe(3);
  });

  describe('refuses malformed ids with BAD_USER_INPUT naming the argument, and reads nothing', () => {
    const hostile: Array<[string, string, string]> = [
      ['no colon', 'hamburg-fire-rescue-service', 'no colon found'],
      ['unknown type', 'Participation:x', 'unknown type "Participation"'],
      ['lower-case type', 'organisation:msb', 'unknown type "organisation"'],
      ['empty id', 'Organisation:', 'empty id'],
      ['base64 of an id', Buffer.from('Organisation:msb').toString('base64'), 'no colon found'],
      ['zero-width space', 'Organisation:ms\u200Bb', '\\u200B at position 3'],
      ['byte-order mark', '\uFEFFOrganisation:msb', 'unknown type "\\uFEFFOrganisation"'],
      ['right-to-left override', 'Organisation:\u202Emsb', '\\u202E at position 1'],
      ['trailing space', 'Organisation:msb ', 'a space at position 4'],
      ['NUL', 'Organisation:msb\u0000', '\\u0000 at position 4'],
      ['lone surrogate', 'Organisation:\uDC00', '\\uDC00 at position 1'],
      ['huge', `Organisation:${'a'.repeat(200_000)}`, 'at most 512 characters'],
    ];

    it.each(hostile)('%s in node(id:)', async (_name, id, problem) => {
      const answer = await post(seeded.api.url, 'query ($id: ID!) { node(id: $id) { nodeId } }', {
        id,
      });
      expect(answer.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.extensions.argument).toBe('id');
      expect(answer.errors?.[0]?.message).toContain('"id" ');
      expect(answer.errors?.[0]?.message).toContain(problem);
      expect(answer.errors?.[0]?.message.length).toBeLessThan(800);
      expect(answer.extensions?.stats?.roundTrips ?? 0).toBe(0);
    });

    it.each(hostile)('%s among good ids in nodes(ids:)', async (_name, id, problem) => {
      const good = listed.slice(0, 4).map((entity) => entity.nodeId);
      const answer = await post(
        seeded.api.url,
        'query ($ids: [ID!]!) { nodes(ids: $ids) { nodeId } }',
        { ids: [...good, id, ...good] },
      );
      expect(answer.data ?? null).toBeNull();
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'ids',
        index: 4,
      });
      expect(answer.errors?.[0]?.message).toContain('"ids[4]" ');
      expect(answer.errors?.[0]?.message).toContain(problem);
      expect(answer.extensions?.stats?.roundTrips ?? 0).toBe(0);
    });

    it('an id given as a number literal', async () => {
      const answer = await post(seeded.api.url, '{ node(id: 9007199254740993) { nodeId } }');
      expect(answer.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message).toContain('"id" must be a global id');
    });

    it(`more than ${MAX_NODE_IDS} ids, however small`, async () => {
      const ids = Array.from({ length: MAX_NODE_IDS + 1 }, () => 'Country:DE');
      const answer = await post(
        seeded.api.url,
        'query ($ids: [ID!]!) { nodes(ids: $ids) { nodeId } }',
        { ids },
      );
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'ids',
      });
      expect(answer.errors?.[0]?.message).toBe(
        `"ids" must list at most ${MAX_NODE_IDS} global ids, but got: ${MAX_NODE_IDS + 1}`,
      );
      expect(answer.extensions?.stats?.roundTrips ?? 0).toBe(0);
    });

    it('thirty thousand ids in the variables', async () => {
      const ids = Array.from({ length: 30_000 }, (_, i) => `Organisation:o${i}`);
      const answer = await post(
        seeded.api.url,
        'query ($ids: [ID!]!) { nodes(ids: $ids) { nodeId } }',
        { ids },
      );
      expect(answer.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.extensions.argument).toBe('ids');
    });

    it('an empty list is an empty answer', async () => {
      const answer = await post(seeded.api.url, '{ nodes(ids: []) { nodeId } }');
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual({ nodes: [] });
    });
  });

  it('keeps the query limits: a costly selection under many ids is refused before it runs', async () => {
    const ids = Array.from({ length: MAX_NODE_IDS }, () => 'Organisation:msb');
    const answer = await post(
      seeded.api.url,
      `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Organisation {
         participations(first: 100) { nodes { project { participations(first: 100) {
           nodes { organisation { name } } } } } } } } }`,
      { ids },
    );
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COSTLY');
    expect(answer.extensions?.stats?.roundTrips ?? 0).toBe(0);

    const deep = `{ node(id: "Organisation:msb") { ...on Organisation { ${'parent { '.repeat(14)} id ${'} '.repeat(14)} } } }`;
    expect((await post(seeded.api.url, deep)).errors?.[0]?.extensions.code).toBe('QUERY_TOO_DEEP');
  });

  describe('where reads need a token', () => {
    let guarded: TestService;
    beforeAll(async () => {
      guarded = await startTestService(seeded.graph, { readsNeedToken: true });
    });
    afterAll(async () => {
      await guarded?.stop();
    });

    it('node and nodes answer only with a token', async () => {
      const query =
        '{ node(id: "Organisation:msb") { nodeId } nodes(ids: ["Country:SE"]) { nodeId } }';
      const anonymous = await post(guarded.url, query);
      expect(anonymous.status).toBe(401);
      expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect(anonymous.data ?? null).toBeNull();
      const tokens = await matrixTokens();
      const reader = await post(
        guarded.url,
        query,
        {},
        { authorization: `Bearer ${tokens.reader}` },
      );
      expect(reader.errors).toBeUndefined();
      expect(reader.data).toEqual({
        node: { nodeId: 'Organisation:msb' },
        nodes: [{ nodeId: 'Country:SE' }],
      });
    });
  });
});
