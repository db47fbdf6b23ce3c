import { describe, expect, it } from 'vitest';
import { ParticipationRole } from '../../src/domain/participation-role.js';
import { useSeededService } from '../helpers/seeded-service.js';

interface Bucket {
  key: string;
  label: string;
  projectCount: number;
  organisationCount: number;
  participationCount: number;
  totalBudgetEur: number;
  euContributionEur: number;
  projectsBudgetEur: number;
  fundedAmountEur: number | null;
}

interface Answer<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; argument?: string } }>;
}

const BUCKET = `key label projectCount organisationCount participationCount totalBudgetEur
  euContributionEur projectsBudgetEur fundedAmountEur`;
const DIMENSIONS = ['COUNTRY', 'FUNDING_SOURCE', 'POLICY_AREA', 'ROLE', 'START_YEAR'] as const;

const sum = (buckets: Bucket[], field: 'totalBudgetEur' | 'euContributionEur' | 'projectCount') =>
  buckets.reduce((total, bucket) => total + bucket[field], 0);

describe('aggregate: keys, honest money and the filter of projects', () => {
  const seeded = useSeededService();

  const ask = async <T>(query: string): Promise<Answer<T>> => {
    const response = await fetch(`${seeded.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as Answer<T>;
  };

  it('START_YEAR keys are integers in order; ROLE keys are ParticipationRole names', async () => {
    const answer = await ask<{ years: Bucket[]; roles: Bucket[] }>(`{
      years: aggregate(by: START_YEAR) { ${BUCKET} }
      roles: aggregate(by: ROLE) { ${BUCKET} } }`);
    expect(answer.errors).toBeUndefined();
    const years = answer.data?.years ?? [];
    const dated = years.filter((bucket) => bucket.key !== 'NONE');
    expect(dated.length).toBeGreaterThan(2);
    for (const bucket of dated) expect(bucket.key).toMatch(/^[12]\d{3}$/);
    expect(dated.map((bucket) => Number(bucket.key))).toEqual(
      dated.map((bucket) => Number(bucket.key)).sort((a, b) => a - b),
    );
    const roles = answer.data?.roles ?? [];
    expect(roles.map((bucket) => bucket.key)).toContain('CONTRIBUTING_PARTNER');
    for (const bucket of roles) {
      expect([...Object.keys(ParticipationRole), 'NONE']).toContain(bucket.key);
    }
  });

  it('every dimension shares out exactly the budgets `totals` adds up', async () => {
    const answer = await ask<Record<string, Bucket[]> & { totals: Record<string, number> }>(`{
      totals { projectCount totalBudgetEur euContributionEur }
      ${DIMENSIONS.map((by) => `${by}: aggregate(by: ${by}) { ${BUCKET} }`).join('\n')} }`);
    expect(answer.errors).toBeUndefined();
    const totals = answer.data?.totals ?? {};
    expect(totals.totalBudgetEur).toBeGreaterThan(0);
    for (const by of DIMENSIONS) {
      const buckets = answer.data?.[by] ?? [];
      expect(sum(buckets, 'totalBudgetEur')).toBeCloseTo(totals.totalBudgetEur ?? NaN, 2);
      expect(sum(buckets, 'euContributionEur')).toBeCloseTo(totals.euContributionEur ?? NaN, 2);
    }
    // One start year (or none) per project: the year buckets count every project once.
    expect(sum(answer.data?.START_YEAR ?? [], 'projectCount')).toBe(totals.projectCount);
  });

  it('COUNTRY splits a project budget among its partner countries instead of repeating it', async () => {
    const answer = await ask<{
      projects: { nodes: Array<{ totalBudgetEur: number; countryCount: number | null }> };
      aggregate: Bucket[];
    }>(`{
      projects(filter: { nameContains: "14.3" }) { nodes { totalBudgetEur } }
      aggregate(by: COUNTRY, filter: { nameContains: "14.3" }) { ${BUCKET} } }`);
    expect(answer.errors).toBeUndefined();
    const [project] = answer.data?.projects.nodes ?? [];
    const buckets = answer.data?.aggregate ?? [];
    expect(project?.totalBudgetEur).toBeGreaterThan(0);
    expect(buckets.length).toBeGreaterThan(2);
    const budget = project?.totalBudgetEur ?? NaN;
    for (const bucket of buckets) {
      expect(bucket.totalBudgetEur).toBeCloseTo(budget / buckets.length, 2);
      expect(bucket.projectsBudgetEur).toBe(budget);
    }
    expect(sum(buckets, 'totalBudgetEur')).toBeCloseTo(budget, 2);
  });

  it('FUNDING_SOURCE counts a funder of a policy area for the projects under it', async () => {
    const answer = await ask<{ projects: { totalCount: number }; aggregate: Bucket[] }>(`{
      projects(filter: { policyAreaIds: ["pa-secure"] }) { totalCount }
      aggregate(by: FUNDING_SOURCE) { ${BUCKET} } }`);
    expect(answer.errors).toBeUndefined();
    const interreg = answer.data?.aggregate.find(
      (bucket) => bucket.key === 'interreg-baltic-sea-region',
    );
    expect(interreg?.projectCount).toBeGreaterThanOrEqual(answer.data?.projects.totalCount ?? NaN);
    expect(answer.data?.projects.totalCount).toBeGreaterThan(0);
  });

  it('takes the filter of `projects`: budgets by country for DG ECHO projects since 2015', async () => {
    const filter = '{ fundingSourceIds: ["dg-echo"], activeFrom: 2015 }';
    const answer = await ask<{
      projects: { totalCount: number; nodes: Array<{ totalBudgetEur: number | null }> };
      byCountry: Bucket[];
      byYear: Bucket[];
    }>(`{
      projects(first: 100, filter: ${filter}) { totalCount nodes { totalBudgetEur } }
      byCountry: aggregate(by: COUNTRY, filter: ${filter}) { ${BUCKET} }
      byYear: aggregate(by: START_YEAR, filter: ${filter}) { ${BUCKET} } }`);
    expect(answer.errors).toBeUndefined();
    const listed = answer.data?.projects;
    expect(listed?.totalCount).toBeGreaterThan(0);
    const budgets = (listed?.nodes ?? []).reduce((total, p) => total + (p.totalBudgetEur ?? 0), 0);
    expect(sum(answer.data?.byCountry ?? [], 'totalBudgetEur')).toBeCloseTo(budgets, 2);
    expect(sum(answer.data?.byYear ?? [], 'projectCount')).toBe(listed?.totalCount);
    for (const bucket of answer.data?.byYear ?? [])
      expect(Number(bucket.key)).toBeGreaterThan(2000);
  });

  it('refuses a filter the projects list refuses, with the same message', async () => {
    const answer = await ask<unknown>(
      '{ aggregate(by: COUNTRY, filter: { fundingSourceIds: ["dg-ech"] }) { key } }',
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toBe(
      'Unknown FundingSource id(s) in "filter.fundingSourceIds": "dg-ech"',
    );
    const inverted = await ask<unknown>(
      '{ aggregate(by: ROLE, filter: { activeFrom: 2020, activeTo: 2010 }) { key } }',
    );
    expect(inverted.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
