import { beforeAll, describe, expect, it } from 'vitest';
import { useSeededService } from '../helpers/seeded-service.js';
import { graphChecksum } from '../helpers/test-graph.js';
import { editorToken, matrixTokens } from '../helpers/test-tokens.js';

interface Answer {
  data?: Record<
    string,
    { id: string; identifiers: Array<{ scheme: string; value: string }> }
  > | null;
  errors?: Array<{
    message: string;
    extensions: { code: string; conflictsWith?: string; argument?: string };
  }>;
}

const ADD = `mutation ($input: FundingSourceIdentifierInput!) {
  addFundingSourceIdentifier(input: $input) { id identifiers { scheme value programme } }
}`;
const REMOVE = `mutation ($input: FundingSourceIdentifierInput!) {
  removeFundingSourceIdentifier(input: $input) { id identifiers { scheme value } }
}`;
const ADD_TO_ORGANISATION = `mutation ($input: OrganisationIdentifierInput!) {
  addOrganisationIdentifier(input: $input) { id }
}`;

const FUNDERS = [
  'dg-echo',
  'horizon-2020',
  'civil-protection-financial-instrument',
  'interreg-baltic-sea-region',
];

interface IdentityState {
  identifiers: string[];
}

// Funders carry external identifiers as organisations do, curated by editors
// with the same rule: one owner per identifier, kept by the database.
describe('funder identifiers curated by editors', () => {
  const seeded = useSeededService();
  let token: string;

  const call = async (
    query: string,
    variables: Record<string, unknown>,
    as: string | null = token,
  ): Promise<Answer> => {
    const response = await fetch(`${seeded.api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(as ? { authorization: `Bearer ${as}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Answer;
  };
  const owners = async (prefix: string): Promise<string[]> => {
    const [row] = await seeded.graph.read<IdentityState>('testing/identity-state');
    return (row?.identifiers ?? []).filter((entry) => entry.startsWith(prefix)).sort();
  };

  beforeAll(async () => {
    token = await editorToken();
  });

  it('adds an identifier in its canonical form; the funder answers with it', async () => {
    const added = await call(ADD, {
      input: {
        fundingSourceId: 'dg-echo',
        scheme: 'WIKIDATA',
        value: 'https://www.wikidata.org/wiki/Q1485453',
      },
    });
    expect(added.errors).toBeUndefined();
    expect(added.data?.addFundingSourceIdentifier?.identifiers).toEqual([
      { scheme: 'WIKIDATA', value: 'Q1485453', programme: null },
    ]);
    const read = await call(
      `{ fundingSource(id: "dg-echo") { id identifiers { scheme value } } }`,
      {},
    );
    expect(read.data?.fundingSource?.identifiers).toEqual([
      { scheme: 'WIKIDATA', value: 'Q1485453' },
    ]);
    expect(await owners('WIKIDATA:Q1485453=')).toEqual(['WIKIDATA:Q1485453=dg-echo']);
  });

  it('twenty editors adding one identifier to different funders at once: one wins, the others get CONFLICT', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        call(ADD, {
          input: {
            fundingSourceId: FUNDERS[index % FUNDERS.length],
            scheme: 'ROR',
            value: 'https://ror.org/04zc7p361',
          },
        }),
      ),
    );
    const winners = results.filter((answer) => !answer.errors);
    const codes = results.flatMap((answer) => answer.errors?.map((e) => e.extensions.code) ?? []);
    const winner = winners[0]?.data?.addFundingSourceIdentifier?.id;
    // Every caller naming the winner succeeds (a repeat is harmless); every other one is a CONFLICT.
    expect(winners.length).toBe(20 / FUNDERS.length);
    expect(winners.every((answer) => answer.data?.addFundingSourceIdentifier?.id === winner)).toBe(
      true,
    );
    expect(codes).toHaveLength(20 - winners.length);
    expect(new Set(codes)).toEqual(new Set(['CONFLICT']));
    // Nothing partial: exactly one owner, and no loser holds it or was touched.
    expect(await owners('ROR:04zc7p361=')).toEqual([`ROR:04zc7p361=${winner}`]);
    const losers = await call(
      `{ ${FUNDERS.map((id, i) => `f${i}: fundingSource(id: "${id}") { id identifiers { scheme value } }`).join(' ')} }`,
      {},
    );
    for (const funder of Object.values(losers.data ?? {})) {
      if (funder.id === winner) continue;
      expect(funder.identifiers.filter((i) => i.scheme === 'ROR')).toEqual([]);
    }
  });

  it('an identifier an organisation holds is refused for a funder with CONFLICT naming the holder, and the other way round', async () => {
    const before = await graphChecksum(seeded.graph);
    const toOrganisation = await call(ADD_TO_ORGANISATION, {
      input: { organisationId: 'msb', scheme: 'ROR', value: '04zc7p361' },
    });
    expect(toOrganisation.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(toOrganisation.errors?.[0]?.message).toContain('FundingSource');
    expect(await graphChecksum(seeded.graph)).toBe(before);

    const organisationHeld = await call(ADD_TO_ORGANISATION, {
      input: { organisationId: 'msb', scheme: 'WIKIDATA', value: 'Q1367537' },
    });
    expect(organisationHeld.errors).toBeUndefined();
    const afterOrganisation = await graphChecksum(seeded.graph);
    const toFunder = await call(ADD, {
      input: { fundingSourceId: 'horizon-2020', scheme: 'WIKIDATA', value: 'Q1367537' },
    });
    expect(toFunder.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      conflictsWith: 'msb',
    });
    expect(await graphChecksum(seeded.graph)).toBe(afterOrganisation);
  });

  it('bad input is BAD_USER_INPUT naming the field and the rule, and changes nothing', async () => {
    const before = await graphChecksum(seeded.graph);
    const badPic = await call(ADD, {
      input: { fundingSourceId: 'dg-echo', scheme: 'PIC', value: '12345\u200b6789' },
    });
    expect(badPic.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.value',
    });
    expect(badPic.errors?.[0]?.message).toContain('nine digits');
    const unknown = await call(ADD, {
      input: { fundingSourceId: 'no-such-funder', scheme: 'WIKIDATA', value: 'Q42' },
    });
    expect(unknown.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.message).toContain('"no-such-funder"');
    const huge = await call(ADD, {
      input: {
        fundingSourceId: 'dg-echo',
        scheme: 'OTHER',
        value: 'x'.repeat(10_000),
        programme: 'somewhere',
      },
    });
    expect(huge.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(await graphChecksum(seeded.graph)).toBe(before);
  });

  it('only editors: a reader or a caller without a valid token is refused and nothing changes', async () => {
    const before = await graphChecksum(seeded.graph);
    const tokens = await matrixTokens();
    for (const [who, other] of Object.entries(tokens)) {
      if (who === 'editor') continue;
      const answer = await call(
        ADD,
        { input: { fundingSourceId: 'dg-echo', scheme: 'WIKIDATA', value: 'Q7' } },
        other ?? null,
      );
      expect([who, answer.errors?.[0]?.extensions.code]).toEqual([
        who,
        who === 'reader' ? 'FORBIDDEN' : 'UNAUTHENTICATED',
      ]);
    }
    expect(await graphChecksum(seeded.graph)).toBe(before);
  });

  it('removes an identifier, after which another funder may take it', async () => {
    const [entry] = await owners('ROR:04zc7p361=');
    const holder = entry?.split('=')[1] ?? '';
    const removed = await call(REMOVE, {
      input: { fundingSourceId: holder, scheme: 'ROR', value: '04zc7p361' },
    });
    expect(removed.errors).toBeUndefined();
    expect(
      removed.data?.removeFundingSourceIdentifier?.identifiers.filter((i) => i.scheme === 'ROR'),
    ).toEqual([]);
    expect(await owners('ROR:04zc7p361=')).toEqual([]);
    const other = FUNDERS.find((id) => id !== holder) ?? '';
    const added = await call(ADD, {
      input: { fundingSourceId: other, scheme: 'ROR', value: '04zc7p361' },
    });
    expect(added.errors).toBeUndefined();
    expect(await owners('ROR:04zc7p361=')).toEqual([`ROR:04zc7p361=${other}`]);
  });
});
