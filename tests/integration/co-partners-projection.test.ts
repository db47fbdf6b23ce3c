import { describe, expect, it } from 'vitest';
import { useSeededService } from '../helpers/seeded-service.js';
import { askData, expectOwnAnswersInParallel } from '../helpers/selection-answers.js';

interface CoPartnersValuesRow {
  known: boolean;
  coPartners: Array<{
    organisation: unknown[];
    country: unknown[] | null;
    sharedProjectCount: number;
    projectIds: string[];
  }>;
}

const HUB = 'hamburg-fire-rescue-service';

// `coPartners` returns only the properties the request selects of each
// partner and of its country, and lists the shared projects only when asked.
describe('coPartners: only the selected properties', () => {
  const seeded = useSeededService();

  it('sends each partner and its country as a list of the named values', async () => {
    const [row] = await seeded.graph.read<CoPartnersValuesRow>('queries/co-partners', {
      organisationId: HUB,
      minSharedProjects: 1,
      limit: 100,
      organisationProperties: ['id', 'name'],
      countryProperties: ['code'],
      withProjectIds: false,
    });
    expect(row!.known).toBe(true);
    expect(row!.coPartners.length).toBeGreaterThan(2);
    for (const partner of row!.coPartners) {
      expect(partner.organisation).toEqual([expect.any(String), expect.any(String)]);
      if (partner.country !== null) {
        expect(partner.country).toEqual([expect.stringMatching(/^[A-Z]{2}$/)]);
      }
      expect(partner.projectIds).toEqual([]);
    }

    const [bare] = await seeded.graph.read<CoPartnersValuesRow>('queries/co-partners', {
      organisationId: HUB,
      minSharedProjects: 1,
      limit: 100,
      organisationProperties: ['id'],
      countryProperties: null,
      withProjectIds: true,
    });
    expect(bare!.coPartners.map((partner) => partner.organisation)).toEqual(
      row!.coPartners.map((partner) => [partner.organisation[0]]),
    );
    for (const partner of bare!.coPartners) {
      expect(partner.country).toBeNull();
      expect(partner.projectIds).toHaveLength(partner.sharedProjectCount);
    }
  });

  it('answers every selected field, through aliases and fragments, as the entities do', async () => {
    interface Org {
      id: string;
      name?: string;
      label?: string;
      acronym?: string | null;
      city?: string | null;
      kind?: string;
      aliases?: string[];
      country?: { code: string; name: string } | null;
    }
    const data = await askData<{
      partners: Array<{
        organisation: Org;
        sharedProjectCount: number;
        sharedProjects: Array<{ id: string }>;
      }>;
    }>(
      seeded.api.url,
      `fragment Where on Organisation { country { code name } }
       {
         partners: coPartners(organisationId: "${HUB}") {
           organisation { id label: name acronym city kind aliases ...Where }
           sharedProjectCount
           sharedProjects { id }
         }
       }`,
    );
    expect(data.partners.length).toBeGreaterThan(2);
    expect(data.partners.some((partner) => partner.organisation.country)).toBe(true);
    for (const partner of data.partners) {
      const expected = await askData<{ organisation: Org }>(
        seeded.api.url,
        `{ organisation(id: "${partner.organisation.id}") { id label: name acronym city kind aliases country { code name } } }`,
      );
      expect(partner.organisation).toEqual(expected.organisation);
      expect(partner.sharedProjects).toHaveLength(partner.sharedProjectCount);
    }
  });

  it('gives each of many parallel clients with different selections its own answer', async () => {
    const selections = [
      'organisation { id } sharedProjectCount',
      'organisation { id name country { code } } sharedProjectCount',
      'organisation { id acronym country { name } } sharedProjects { id name }',
      'sharedProjectCount organisation { name city kind aliases }',
    ];
    const queryOf = (selection: string) =>
      `{ coPartners(organisationId: "${HUB}") { ${selection} } }`;
    await expectOwnAnswersInParallel(seeded.api.url, selections, queryOf);
  });
});
