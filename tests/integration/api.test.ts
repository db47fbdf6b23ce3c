import { ClientError, gql } from 'graphql-request';
import { describe, expect, it } from 'vitest';
import { batchTestDataset } from '../helpers/batch-test-data.js';
import { graphChecksum } from '../helpers/test-graph.js';
import { useSeededService } from '../helpers/seeded-service.js';

// Every root field of the public contract, over real HTTP against the seeded graph.
describe('GraphQL API', () => {
  const seeded = useSeededService({ datasets: () => [batchTestDataset()] });

  const request = <T>(query: string, variables?: Record<string, unknown>) =>
    seeded.api.client.request<T>(query, variables);

  /** The GraphQL errors of a request that must fail. */
  async function errorsOf(query: string, variables?: Record<string, unknown>) {
    try {
      await request(query, variables);
    } catch (error) {
      if (error instanceof ClientError) return error.response.errors ?? [];
      throw error;
    }
    throw new Error('the request succeeded but should have failed');
  }

  describe('lookups', () => {
    it('organisation(id) with country, parent, units, people and provenance', async () => {
      const data = await request<{ organisation: Record<string, unknown> }>(gql`
        {
          organisation(id: "cbss-secretariat") {
            name
            aliases
            kind
            country {
              code
            }
            parent {
              id
            }
            units {
              id
            }
            people {
              name
              title
            }
            sources {
              lines
              source {
                id
              }
            }
          }
        }
      `);
      expect(data.organisation).toMatchObject({
        name: 'Council of the Baltic Sea States Secretariat',
        aliases: ['CBSS Secretariat'],
        kind: 'SECRETARIAT',
        country: { code: 'SE' },
        parent: { id: 'cbss' },
      });
      const units = (data.organisation.units as Array<{ id: string }>).map((u) => u.id);
      expect(units).toContain('cbss-secretariat-communication-team');
      expect(data.organisation.people).toContainEqual({
        name: 'Janusz Gąciarz',
        title: 'Senior Adviser on Civil Security',
      });
      expect(data.organisation.sources).toContainEqual(
        expect.objectContaining({ source: { id: 'eusbsr-pa-secure-page' } }),
      );
    });

    it('project(id) with follow-ups, components, funding, countries and tasks', async () => {
      const data = await request<{
        fg2c: Record<string, unknown>;
        resqu2: Record<string, unknown>;
        p143: Record<string, unknown>;
      }>(gql`
        {
          fg2c: project(id: "from-gaps-to-caps") {
            durationMonths
            followUpOf {
              id
            }
            funding {
              fundingSource {
                id
              }
            }
            tasks {
              code
              leaders {
                id
              }
            }
          }
          resqu2: project(id: "resqu2") {
            components {
              id
            }
          }
          p143: project(id: "macro-regional-risk-scenarios") {
            code
            totalBudgetEur
            euContributionEur
            followUps {
              id
            }
            countries {
              code
            }
            regions {
              id
            }
          }
        }
      `);
      expect(data.fg2c).toMatchObject({
        durationMonths: 24,
        followUpOf: [{ id: 'macro-regional-risk-scenarios' }],
        funding: [{ fundingSource: { id: 'dg-echo' } }],
      });
      expect(data.fg2c.tasks).toEqual([
        { code: 'A', leaders: [{ id: 'lithuania-fire-rescue-department' }] },
        { code: 'B', leaders: [{ id: 'cbss-secretariat-communication-team' }] },
        { code: 'C', leaders: [{ id: 'university-of-iceland' }] },
        { code: 'D', leaders: [{ id: 'hamburg-fire-rescue-service' }] },
      ]);
      expect((data.resqu2.components as Array<{ id: string }>).map((c) => c.id).sort()).toEqual([
        'chemsar',
        'divesmart-baltic',
        'hazard',
        'mirg-ex',
      ]);
      expect(data.p143).toMatchObject({
        code: '14.3',
        totalBudgetEur: 660000,
        euContributionEur: 495000,
        followUps: [{ id: 'from-gaps-to-caps' }],
        regions: [{ id: 'north-west-russia' }],
      });
      expect(data.p143.countries).toHaveLength(9);
    });

    it('country(code), fundingSource(id) and unknown ids as null', async () => {
      const data = await request<Record<string, unknown>>(gql`
        {
          country(code: "lv") {
            name
            organisations {
              totalCount
              nodes {
                id
              }
            }
          }
          fundingSource(id: "dg-echo") {
            aliases
            grants {
              nodes {
                project {
                  id
                }
              }
            }
          }
          unknownCountry: country(code: "XX") {
            name
          }
          unknownProject: project(id: "no-such-project") {
            name
          }
          unknownFunder: fundingSource(id: "no-such-funder") {
            name
          }
        }
      `);
      expect(data.country).toEqual({
        name: 'Latvia',
        organisations: {
          totalCount: 2,
          nodes: [
            { id: 'latvia-sfrs-eu-international-affairs-division' },
            { id: 'latvia-state-fire-rescue-service' },
          ],
        },
      });
      expect(data.fundingSource).toEqual({
        aliases: ['European Union Civil Protection and Humanitarian Aid'],
        grants: {
          nodes: [{ project: { id: 'cascade' } }, { project: { id: 'from-gaps-to-caps' } }],
        },
      });
      expect(data.unknownCountry).toBeNull();
      expect(data.unknownProject).toBeNull();
      expect(data.unknownFunder).toBeNull();
    });
    it('region, programme, policy area, topic and person lookups, and totals', async () => {
      const data = await request<Record<string, Record<string, unknown>>>(gql`
        {
          region(id: "seee") {
            name
            acronym
            projects {
              nodes {
                id
              }
            }
          }
          programme(id: "eusbsr") {
            policyAreaCount
            flagshipCount
            policyAreas {
              id
            }
          }
          policyArea(id: "pa-14") {
            succeededBy {
              id
            }
            coordinations {
              role
              from
              organisation {
                id
              }
            }
          }
          topic(id: "floods") {
            name
            projects {
              nodes {
                id
              }
            }
          }
          person(id: "julia-fredriksson") {
            name
            title
            organisation {
              id
            }
          }
          totals {
            organisationCount
            projectCount
            participationCount
            sourceCount
          }
        }
      `);
      expect(data.region).toEqual({
        name: 'South East and Eastern Europe',
        acronym: 'SEEE',
        projects: { nodes: [{ id: 'project-100' }] },
      });
      expect(data.programme?.policyAreaCount).toBe(13);
      expect(data.programme?.flagshipCount).toBe(120);
      expect((data.programme?.policyAreas as Array<{ id: string }>).map((p) => p.id)).toContain(
        'pa-secure',
      );
      expect(data.policyArea).toEqual({
        succeededBy: { id: 'pa-secure' },
        coordinations: [
          { role: 'acting coordinator', from: '2011-11', organisation: { id: 'cbss-secretariat' } },
          {
            role: 'coordinator',
            from: null,
            organisation: { id: 'pa-14-priority-area-coordinator' },
          },
        ],
      });
      expect((data.topic?.projects as { nodes: Array<{ id: string }> }).nodes).toContainEqual({
        id: 'macro-regional-risk-scenarios',
      });
      expect(data.person).toEqual({
        name: 'Julia Fredriksson',
        title: 'Adviser on EU and International Issues',
        organisation: { id: 'msb' },
      });
      // The seed's 27 organisations and 20 projects plus the batch-test data (40 and 60).
      expect(data.totals).toEqual({
        organisationCount: 68,
        projectCount: 79,
        participationCount: 39 + 300,
        sourceCount: 3,
      });
    });
  });

  describe('lists', () => {
    it('filters organisations by country and role, sorted by project count', async () => {
      const data = await request<{
        organisations: { totalCount: number; nodes: Array<{ id: string }> };
      }>(gql`
        {
          organisations(
            filter: { countryCodes: ["SE"], projectIds: ["macro-regional-risk-scenarios"] }
            orderBy: { field: PROJECT_COUNT, direction: DESC }
          ) {
            totalCount
            nodes {
              id
            }
          }
        }
      `);
      // The CBSS Secretariat (coordinator, in Stockholm) and the Swedish Institute took part in 14.3.
      expect(data.organisations.nodes.map((o) => o.id)).toEqual([
        'cbss-secretariat',
        'swedish-institute',
      ]);
      expect(data.organisations.totalCount).toBe(2);
    });

    it('finds organisations by an alias, ignoring accents and case', async () => {
      const data = await request<{ organisations: { nodes: Array<{ id: string }> } }>(gql`
        {
          organisations(filter: { nameContains: "HALSNAES BRAND" }) {
            nodes {
              id
            }
          }
        }
      `);
      expect(data.organisations.nodes).toEqual([
        { id: 'frederikssund-halsnaes-fire-rescue-service' },
      ]);
    });

    it('filters projects by funder, status, period and flagship label', async () => {
      const data = await request<
        Record<string, { totalCount: number; nodes: Array<{ id: string }> }>
      >(gql`
        {
          echo: projects(filter: { fundingSourceIds: ["dg-echo"] }) {
            totalCount
            nodes {
              id
            }
          }
          active2016: projects(
            filter: { activeFrom: 2016, activeTo: 2016, statuses: [FINALISED], isFlagship: true }
          ) {
            nodes {
              id
            }
          }
          underPa14: projects(filter: { policyAreaIds: ["pa-14"] }, orderBy: { field: NAME }) {
            nodes {
              id
            }
          }
        }
      `);
      expect(data.echo?.nodes.map((p) => p.id)).toEqual(['cascade', 'from-gaps-to-caps']);
      // Finalised flagships running in 2016; EVAPREM has no dates in the source, so it cannot match a period.
      expect(data.active2016?.nodes.map((p) => p.id).sort()).toEqual([
        'from-gaps-to-caps',
        'hazard',
        'strom-ii',
      ]);
      expect(data.underPa14?.nodes.map((p) => p.id).sort()).toEqual([
        'brisk',
        'macro-regional-risk-scenarios',
        'volunteer-troops-capacities',
      ]);
    });

    it('sorts projects by budget with unknown budgets last, both directions', async () => {
      const query = gql`
        query ($direction: SortDirection!) {
          projects(
            first: 2
            orderBy: { field: TOTAL_BUDGET, direction: $direction }
            filter: { nameContains: "a" }
          ) {
            nodes {
              id
              totalBudgetEur
            }
          }
        }
      `;
      type Result = { projects: { nodes: Array<{ id: string; totalBudgetEur: number | null }> } };
      const desc = await request<Result>(query, { direction: 'DESC' });
      const asc = await request<Result>(query, { direction: 'ASC' });
      expect(desc.projects.nodes[0]).toEqual({
        id: 'macro-regional-risk-scenarios',
        totalBudgetEur: 660000,
      });
      expect(asc.projects.nodes[0]?.totalBudgetEur).toBe(660000);
    });

    it('walks all pages of a list without duplicates or gaps', async () => {
      type Page = {
        projects: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          nodes: Array<{ id: string }>;
        };
      };
      const query = gql`
        query ($after: String) {
          projects(first: 7, after: $after, orderBy: { field: START_DATE }) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            nodes {
              id
            }
          }
        }
      `;
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      for (let pageNumber = 0; pageNumber < 50; pageNumber += 1) {
        const page: Page = await request<Page>(query, { after });
        total = page.projects.totalCount;
        seen.push(...page.projects.nodes.map((p) => p.id));
        if (!page.projects.pageInfo.hasNextPage) break;
        after = page.projects.pageInfo.endCursor;
      }
      // 19 seed projects and 60 batch-test projects.
      expect(total).toBe(79);
      expect(seen).toHaveLength(79);
      expect(new Set(seen).size).toBe(79);
    });

    it('lists countries, funding sources, people and policy areas with totals', async () => {
      const data = await request<
        Record<string, { totalCount: number; nodes: Array<Record<string, unknown>> }>
      >(gql`
        {
          countries(
            filter: { withOrganisations: true }
            orderBy: { field: ORGANISATION_COUNT, direction: DESC }
            first: 1
          ) {
            totalCount
            nodes {
              code
            }
          }
          fundingSources(filter: { nameContains: "civil protection" }) {
            totalCount
            nodes {
              id
            }
          }
          people(filter: { organisationIds: ["msb"] }) {
            totalCount
            nodes {
              name
              title
              organisation {
                id
              }
            }
          }
          policyAreas(filter: { statuses: ["former"] }) {
            totalCount
            nodes {
              id
            }
          }
        }
      `);
      expect(data.countries?.nodes[0]?.code).toBeDefined();
      expect(data.fundingSources?.nodes.map((f) => f.id).sort()).toEqual([
        'civil-protection-financial-instrument',
        'dg-echo',
      ]);
      expect(data.people?.nodes).toEqual([
        {
          name: 'Julia Fredriksson',
          title: 'Adviser on EU and International Issues',
          organisation: { id: 'msb' },
        },
      ]);
      // The page does not say the maritime priority area is former (its status is unknown).
      expect(data.policyAreas?.nodes.map((p) => p.id).sort()).toEqual(['pa-14']);
    });

    it('pages nested lists per parent', async () => {
      const data = await request<{
        projects: {
          nodes: Array<{
            participations: {
              totalCount: number;
              pageInfo: { hasNextPage: boolean };
              nodes: unknown[];
            };
          }>;
        };
      }>(gql`
        {
          projects(first: 50, filter: { nameContains: "batch test project" }) {
            nodes {
              participations(first: 2) {
                totalCount
                pageInfo {
                  hasNextPage
                }
                nodes {
                  role
                }
              }
            }
          }
        }
      `);
      expect(data.projects.nodes).toHaveLength(50);
      for (const project of data.projects.nodes) {
        expect(project.participations.totalCount).toBe(5);
        expect(project.participations.nodes).toHaveLength(2);
        expect(project.participations.pageInfo.hasNextPage).toBe(true);
      }
    });
  });

  describe('relationship questions', () => {
    it('search ranks by name, alias and code, across types', async () => {
      const data = await request<Record<string, Array<{ id: string; type: string }>>>(gql`
        {
          person: search(text: "gaciarz") {
            id
            type
          }
          alias: search(text: "Hamburg Fire & Rescue", types: [ORGANISATION], first: 1) {
            id
            type
          }
          code: search(text: "14.3", types: [PROJECT]) {
            id
          }
          prefix: search(text: "evapr") {
            id
          }
        }
      `);
      expect(data.person?.[0]).toEqual({ id: 'janusz-gaciarz', type: 'PERSON' });
      expect(data.alias?.[0]).toEqual({ id: 'hamburg-fire-rescue-service', type: 'ORGANISATION' });
      expect(data.code?.[0]?.id).toBe('macro-regional-risk-scenarios');
      expect(data.prefix?.[0]?.id).toBe('evaprem');
    });

    it('sharedPartners answers "who is in both 14.3 and From Gaps to Caps?"', async () => {
      const data = await request<{
        sharedPartners: Array<{ organisation: { id: string }; projectCount: number }>;
      }>(gql`
        {
          sharedPartners(projectIds: ["macro-regional-risk-scenarios", "from-gaps-to-caps"]) {
            organisation {
              id
            }
            projectCount
            participations {
              role
              project {
                id
              }
            }
          }
        }
      `);
      expect(data.sharedPartners.map((p) => p.organisation.id).sort()).toEqual([
        'cbss-secretariat',
        'cbss-secretariat-communication-team',
        'dsb',
        'estonian-rescue-board',
        'frederikssund-halsnaes-fire-rescue-service',
        'hamburg-fire-rescue-service',
        'latvia-state-fire-rescue-service',
        'lithuania-fire-rescue-department',
        'main-school-of-fire-service',
      ]);
      expect(data.sharedPartners.every((p) => p.projectCount === 2)).toBe(true);
    });

    it('sharedPartners with minProjects 1 lists everyone in either project', async () => {
      const data = await request<{ sharedPartners: unknown[] }>(gql`
        {
          sharedPartners(
            projectIds: ["macro-regional-risk-scenarios", "from-gaps-to-caps"]
            minProjects: 1
          ) {
            projectCount
          }
        }
      `);
      // 9 in both, 4 only in 14.3, 3 only in From Gaps to Caps.
      expect(data.sharedPartners).toHaveLength(16);
    });

    it('coPartners weighs partners by shared projects', async () => {
      const data = await request<{
        coPartners: Array<{
          organisation: { id: string };
          sharedProjectCount: number;
          sharedProjects: Array<{ id: string }>;
        }>;
      }>(gql`
        {
          coPartners(organisationId: "university-of-iceland") {
            organisation {
              id
            }
            sharedProjectCount
            sharedProjects {
              id
            }
          }
        }
      `);
      // The University of Iceland's only project is From Gaps to Caps: 11 other organisations, weight 1 each.
      expect(data.coPartners).toHaveLength(11);
      expect(data.coPartners.every((c) => c.sharedProjectCount === 1)).toBe(true);
      expect(data.coPartners[0]?.sharedProjects).toEqual([{ id: 'from-gaps-to-caps' }]);

      const hamburg = await request<{
        coPartners: Array<{ organisation: { id: string }; sharedProjectCount: number }>;
      }>(gql`
        {
          coPartners(organisationId: "hamburg-fire-rescue-service", minSharedProjects: 2) {
            organisation {
              id
            }
            sharedProjectCount
          }
        }
      `);
      expect(hamburg.coPartners.map((c) => c.organisation.id).sort()).toEqual([
        'cbss-secretariat',
        'cbss-secretariat-communication-team',
        'dsb',
        'estonian-rescue-board',
        'frederikssund-halsnaes-fire-rescue-service',
        'latvia-state-fire-rescue-service',
        'lithuania-fire-rescue-department',
        'main-school-of-fire-service',
      ]);

      // Asked for through a fragment, each tie brings its shared projects: as many as its
      // weight, each once (an organisation may hold two roles in one project).
      const withProjects = await request<{
        coPartners: Array<{ sharedProjectCount: number; sharedProjects: Array<{ id: string }> }>;
      }>(gql`
        {
          coPartners(organisationId: "hamburg-fire-rescue-service", minSharedProjects: 2) {
            ...Tie
          }
        }
        fragment Tie on CoPartner {
          sharedProjectCount
          sharedProjects {
            id
          }
        }
      `);
      expect(withProjects.coPartners).toHaveLength(8);
      for (const tie of withProjects.coPartners) {
        expect(tie.sharedProjects).toHaveLength(tie.sharedProjectCount);
        expect(new Set(tie.sharedProjects.map((project) => project.id)).size).toBe(
          tie.sharedProjectCount,
        );
      }
    });

    it('coPartners(first: k) is the head of the whole ranking, ties at the cut by name', async () => {
      type Ranking = {
        coPartners: Array<{
          organisation: { id: string; name: string };
          sharedProjectCount: number;
        }>;
      };
      const ranking = (first: number) =>
        request<Ranking>(
          gql`
            query ($first: Int!) {
              coPartners(organisationId: "hamburg-fire-rescue-service", first: $first) {
                organisation {
                  id
                  name
                }
                sharedProjectCount
              }
            }
          `,
          { first },
        );
      // Cypher orders strings by their characters, not by locale, as `<` does.
      const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      const whole = (await ranking(500)).coPartners;
      const byWeightThenName = [...whole].sort(
        (a, b) =>
          b.sharedProjectCount - a.sharedProjectCount ||
          compareText(a.organisation.name.toLowerCase(), b.organisation.name.toLowerCase()) ||
          compareText(a.organisation.id, b.organisation.id),
      );
      expect(whole).toEqual(byWeightThenName);
      // Cuts inside a run of equal weights: 8 partners share two or more projects, the rest one.
      const weights = whole.map((tie) => tie.sharedProjectCount);
      expect(weights[7]).toBeGreaterThan(1);
      expect(weights[8]).toBe(1);
      for (const first of [1, 5, 8, 9, 12, whole.length - 1]) {
        expect((await ranking(first)).coPartners).toEqual(whole.slice(0, first));
      }
    });

    it('connection finds the shortest partnership chain, or null beyond maxHops', async () => {
      const data = await request<{
        path: {
          hops: number;
          organisations: Array<{ id: string }>;
          projects: Array<{ id: string }>;
        };
        short: unknown;
      }>(gql`
        {
          path: connection(fromId: "university-of-iceland", toId: "stuk") {
            hops
            organisations {
              id
            }
            projects {
              id
            }
          }
          short: connection(fromId: "university-of-iceland", toId: "stuk", maxHops: 1) {
            hops
          }
        }
      `);
      // Iceland and STUK never share a project; someone in both 14.3 and From Gaps to Caps links them.
      expect(data.path.hops).toBe(2);
      expect(data.path.projects.map((p) => p.id)).toEqual([
        'from-gaps-to-caps',
        'macro-regional-risk-scenarios',
      ]);
      expect(data.path.organisations[0]?.id).toBe('university-of-iceland');
      expect(data.path.organisations[2]?.id).toBe('stuk');
      expect(data.short).toBeNull();
    });

    it('partnershipNetwork returns weighted edges for the filtered projects', async () => {
      const data = await request<{
        partnershipNetwork: {
          projectCount: number;
          nodes: Array<{ id: string; projectCount: number }>;
          edges: Array<{ source: string; target: string; weight: number }>;
        };
      }>(gql`
        {
          partnershipNetwork(
            filter: {
              projectIds: ["macro-regional-risk-scenarios", "from-gaps-to-caps"]
              minWeight: 2
            }
          ) {
            projectCount
            nodes {
              id
              projectCount
            }
            edges {
              source
              target
              weight
            }
          }
        }
      `);
      const network = data.partnershipNetwork;
      expect(network.projectCount).toBe(2);
      // 16 organisations take part in either project.
      expect(network.nodes).toHaveLength(16);
      // The 9 shared partners are pairwise linked with weight 2: 9·8/2 edges.
      expect(network.edges).toHaveLength(36);
      expect(network.edges.every((e) => e.weight === 2 && e.source < e.target)).toBe(true);
    });

    it('partnershipNetwork keeps the heaviest edges, each listing exactly its shared projects', async () => {
      const data = await request<{
        partnershipNetwork: {
          truncated: boolean;
          edges: Array<{ source: string; target: string; weight: number; projectIds: string[] }>;
        };
      }>(gql`
        {
          partnershipNetwork(filter: { activeFrom: 2016, maxEdges: 12 }) {
            truncated
            edges {
              source
              target
              weight
              projectIds
            }
          }
        }
      `);
      const { edges, truncated } = data.partnershipNetwork;
      expect(truncated).toBe(true);
      expect(edges).toHaveLength(12);
      const weights = edges.map((e) => e.weight);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
      // The shared projects are looked up per kept edge under the same period
      // filter as the counting: as many as the weight, in id order.
      for (const edge of edges) {
        expect(edge.projectIds, `${edge.source}–${edge.target}`).toHaveLength(edge.weight);
        expect(edge.projectIds).toEqual([...edge.projectIds].sort());
      }
    });

    it('aggregates count and sum by country, funder, policy area and role', async () => {
      const data = await request<Record<string, Array<Record<string, unknown>>>>(gql`
        {
          byRole: aggregate(by: ROLE) {
            key
            participationCount
          }
          byFunder: aggregate(by: FUNDING_SOURCE) {
            key
            projectCount
            fundedAmountEur
          }
          byArea: aggregate(by: POLICY_AREA) {
            key
            projectCount
            totalBudgetEur
          }
          byCountry: aggregate(by: COUNTRY) {
            key
            organisationCount
          }
        }
      `);
      expect(data.byRole).toContainEqual({ key: 'TASK_LEADER', participationCount: 4 });
      expect(data.byFunder).toContainEqual({
        key: 'civil-protection-financial-instrument',
        projectCount: 1,
        fundedAmountEur: 495000,
      });
      expect(data.byArea).toContainEqual({ key: 'pa-14', projectCount: 3, totalBudgetEur: 660000 });
      // Lithuania's ministry takes part in nothing; its Fire and Rescue Department does.
      expect(data.byCountry).toContainEqual({ key: 'LT', organisationCount: 1 });
    });
  });

  describe('errors', () => {
    it('names unknown ids in relationship queries', async () => {
      const [error] = await errorsOf(gql`
        {
          sharedPartners(projectIds: ["from-gaps-to-caps", "no-such-project"]) {
            projectCount
          }
        }
      `);
      expect(error?.message).toBe('Unknown Project id(s) in "projectIds": "no-such-project"');
      expect(error?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        unknownIds: ['no-such-project'],
      });

      const [coPartnerError] = await errorsOf(gql`
        {
          coPartners(organisationId: "nobody") {
            sharedProjectCount
          }
        }
      `);
      expect(coPartnerError?.message).toContain('"nobody"');
      const [pathError] = await errorsOf(gql`
        {
          connection(fromId: "stuk", toId: "ghost") {
            hops
          }
        }
      `);
      expect(pathError?.message).toBe('Unknown Organisation id(s) in "fromId/toId": "ghost"');
    });

    it.each([
      [
        'negative first',
        '{ organisations(first: -1) { totalCount } }',
        '"first" must be between 0 and 100, but got: -1',
      ],
      [
        'first over the cap',
        '{ projects(first: 1000) { totalCount } }',
        '"first" must be between 0 and 100, but got: 1000',
      ],
      [
        'maxHops beyond the cap',
        '{ connection(fromId: "stuk", toId: "msb", maxHops: 7) { hops } }',
        '"maxHops" must be an integer from 1 to 6, but got: 7',
      ],
      [
        'empty id list',
        '{ sharedPartners(projectIds: []) { projectCount } }',
        '"projectIds" must name 1 to 50 projects, but got 0',
      ],
      [
        'minProjects above the list',
        '{ sharedPartners(projectIds: ["hazard"], minProjects: 2) { projectCount } }',
        '"minProjects" must be an integer from 1 to 1, but got: 2',
      ],
      [
        'a forged cursor',
        '{ projects(after: "bm90LWEtY3Vyc29y") { totalCount } }',
        '"after" must be a cursor returned by this API, but got: "bm90LWEtY3Vyc29y"',
      ],
      [
        'search without words',
        '{ search(text: " ?! ") { id } }',
        '"text" must contain at least one letter or digit, but got: " ?! "',
      ],
    ])('rejects %s with BAD_USER_INPUT', async (_name, query, message) => {
      const [error] = await errorsOf(query);
      expect(error?.message).toBe(message);
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('rejects malformed GraphQL and unknown fields without touching data', async () => {
      const before = await graphChecksum(seeded.graph);
      const [parse] = await errorsOf('{ organisation(id: "x") { name ');
      expect(parse?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      const [validation] = await errorsOf('{ organisation(id: "x") { nme } }');
      expect(validation?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(validation?.message).toContain('Did you mean "name"?');
      expect(await graphChecksum(seeded.graph)).toBe(before);
    });
  });
});
