import { describe, expect, it } from 'vitest';
import { useSeededService } from '../helpers/seeded-service.js';

interface Answer {
  data?: Record<string, { totalCount?: number; nodes?: unknown[] }> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

// A filter that can match nothing because it is malformed is the caller's
// mistake, said as such, not an empty answer that looks like a finding.
describe('list and network filters refuse what can match nothing', () => {
  const seeded = useSeededService();

  const ask = async (query: string): Promise<Answer> => {
    const response = await fetch(`${seeded.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as Answer;
  };

  it.each([
    [
      'organisations',
      '{ organisations(filter: { countryCodes: ["DE", "Germany"] }) { totalCount } }',
    ],
    ['projects', '{ projects(filter: { countryCodes: ["Latvia"] }) { totalCount } }'],
    [
      'partnershipNetwork',
      '{ partnershipNetwork(filter: { countryCodes: ["XX1"] }) { projectCount } }',
    ],
  ])('%s: a country name instead of its code is BAD_USER_INPUT naming it', async (_, query) => {
    const answer = await ask(query);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(
      /countryCodes takes ISO 3166-1 alpha-2 codes such as "DE" or "LV", but got: "(Germany|Latvia|XX1)"/,
    );
  });

  it.each([
    ['projects', '{ projects(filter: { activeFrom: 2020, activeTo: 2010 }) { totalCount } }'],
    [
      'partnershipNetwork',
      '{ partnershipNetwork(filter: { activeFrom: 2020, activeTo: 2010 }) { projectCount } }',
    ],
  ])('%s: a period that ends before it starts is BAD_USER_INPUT', async (_, query) => {
    const answer = await ask(query);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(
      /activeTo \(2010\) must not be before activeFrom \(2020\)/,
    );
  });

  it('still answers codes in any case and one-year periods', async () => {
    const answer = await ask(`{
      organisations(filter: { countryCodes: ["de"] }) { totalCount }
      projects(filter: { activeFrom: 2020, activeTo: 2020 }) { totalCount } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.organisations?.totalCount).toBeGreaterThan(0);
    expect(answer.data?.projects?.totalCount).toBeGreaterThan(0);
  });
});
