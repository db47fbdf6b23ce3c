import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseName } from '../../src/domain/normalise-name.js';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { EntityType } from '../../src/model/entity-type.enum.js';
import { countsOf, openTestGraph, resetAndSeed } from '../helpers/test-graph.js';

// What the curated seed puts into Neo4j: the exact shape of the graph, the
// facts of both source documents (000: the EUSBSR Policy Area Secure page,
// 003: the EU CBRN CoE Project 100 page; line numbers as cited by the seed),
// entity resolution, search, provenance and one analyst question.

/** An edge of a node as `testing/node-by-id` returns it, seen from that node. */
interface Edge {
  type: string;
  properties: Record<string, unknown>;
  /** Id (or a country's ISO code) of the node at the other end. */
  key: string;
  labels: string[];
  name: string | null;
  kind: string | null;
}

interface NodeView {
  labels: string[];
  properties: Record<string, unknown>;
  outgoing: Edge[];
  incoming: Edge[];
}

interface NamedEntity {
  key: string;
  labels: string[];
  name: string;
  acronym: string | null;
  aliases: string[];
}

interface SearchHit {
  id: string;
  type: string;
  name: string;
  score: number;
}

interface SharedPartner {
  organisation: { id: string; name: string; acronym: string | null };
  projectCount: number;
  participations: Array<{ projectId: string; role: string; task: string | null }>;
}

interface ProvenanceOffenders {
  unsourcedNodes: number;
  nodeExamples: string[];
  uncitedSourceEdges: number;
  unsourcedRelationships: number;
  relationshipExamples: string[];
}

const RISK_SCENARIOS = 'macro-regional-risk-scenarios'; // "14.3" in source 000
const GAPS_TO_CAPS = 'from-gaps-to-caps';

describe('knowledge graph built from the curated seed', () => {
  let graph: GraphClient;

  beforeAll(async () => {
    graph = openTestGraph();
    await resetAndSeed(graph);
  });

  afterAll(async () => {
    await graph?.driver.close();
  });

  /** The one node with this key (and label); fails if there is none or several. */
  async function node(id: string, label: string | null = null): Promise<NodeView> {
    const rows = await graph.read<NodeView>('testing/node-by-id', { id, label });
    expect(rows, `exactly one node with key "${id}"`).toHaveLength(1);
    return rows[0] as NodeView;
  }

  /** Keys at the far end of a node's edges of one type, sorted. */
  function keysOf(edges: Edge[], type: string): string[] {
    return edges
      .filter((edge) => edge.type === type)
      .map((edge) => edge.key)
      .sort();
  }

  function edgesOf(edges: Edge[], type: string): Edge[] {
    return edges.filter((edge) => edge.type === type);
  }

  describe('shape', () => {
    it('has exactly the nodes and relationships the seed files define', async () => {
      // Counted by hand from seed/eusbsr-pa-secure.yaml + seed/eu-cbrn-coe-project-100.yaml.
      // A change to the seed must change these numbers on purpose.
      expect(await countsOf(graph)).toEqual({
        // Nodes: one per record of each section (000 + 003).
        Source: 2, // one per file
        Country: 11, // 11 + 0
        Region: 3, // baltic-sea-region, north-west-russia + seee
        Programme: 6, // 5 + eu-cbrn-coe
        PolicyArea: 3, // pa-secure, pa-14, pa-maritime-safety-security
        Organisation: 28, // 27 (with the PA 14 coordinator, PAC) + unicri
        FundingSource: 4,
        Topic: 36, // 24 + 12 (8 CBRN areas, 2 CBRN categories, 2 context topics)
        Project: 19, // 18 + project-100
        Task: 12, // 8 + 4
        Person: 4,
        Event: 1, // the BLP kick-off (BALEX DELTA 2018 is one project, not also an event)
        Document: 9, // 8 + the Project 100 factsheet
        Resolution: 44, // 41 + 3
        // One per distinct normalised name or alias of the 28 organisations and 4
        // funders (acronyms excepted); as many as HAS_NAME_KEY: no key is shared.
        NameKey: 44,
        // Relationships.
        SOURCED_FROM: 180, // one per record that is a node (every label above but Source)
        LOCATED_IN: 15, // organisations with a country
        PART_OF: 12, // 9 organisations with partOf + 3 policy areas -> their programme
        PROVIDED_BY: 3, // funding sources with providedBy (not Interreg)
        SUCCEEDED_BY: 1, // pa-14 -> pa-secure
        INCLUDES: 1, // north-west-russia -> RU
        FOLLOW_UP_OF: 1, // from-gaps-to-caps -> 14.3
        COMPONENT_OF: 4, // the 4 ResQU2 projects
        UNDER: 17, // 16 `under` entries in 000 (From Gaps to Caps has two) + 1 in 003
        IMPLEMENTED_IN: 12, // 14.3: 9 countries + North-West Russia; BALEX: SE; Project 100: SEEE
        ADDRESSES: 52, // 35 project topics in 000 + 12 for Project 100 + 5 of PA Secure
        PARTICIPATES_IN: 39, // 38 + 1
        HAS_NAME_KEY: 44, // each name key's one owner
        FUNDED_BY: 5,
        HAS_TASK: 12,
        LEADS: 4, // From Gaps to Caps tasks A-D
        WORKS_FOR: 4,
        EVENT_OF: 1,
        HELD_IN: 1,
        OUTPUT_OF: 9,
        REPORTS_ON: 3, // the three Task C documents
        COORDINATES: 4,
        MEMBER_OF: 3,
        ABOUT: 56, // 32 merged decisions x 1 + 12 kept-apart decisions x 2
        REFERS_TO: 4, // CASCADE and BLP -> Sendai, 14.3 -> the Mechanism, HAZARD -> TEN-T
        GOVERNS: 1, // the steering group -> PA Secure
      });
    });
  });

  describe('facts of the EUSBSR Policy Area Secure page (000)', () => {
    it('14.3: cost, EC contribution, start, duration (000: 55, 80, 86)', async () => {
      const project = await node(RISK_SCENARIOS, 'Project');
      expect(project.properties).toMatchObject({
        code: '14.3',
        name: 'Macro-Regional Risk Scenarios and Gaps Identification',
        totalBudgetEur: 660000,
        euContributionEur: 495000,
        startDate: '2012-01',
        durationMonths: 18,
        isFlagship: true,
        status: 'finalised',
      });
      expect(keysOf(project.outgoing, 'UNDER')).toEqual(['pa-14']);
      // The EC contribution is recorded as funding from the instrument the project drew on (000: 71, 86).
      const funding = edgesOf(project.outgoing, 'FUNDED_BY').find(
        (edge) => edge.key === 'civil-protection-financial-instrument',
      );
      expect(funding?.properties.amountEur).toBe(495000);
      const instrument = await node('civil-protection-financial-instrument', 'FundingSource');
      expect(keysOf(instrument.outgoing, 'PROVIDED_BY')).toEqual(['european-commission']);
    });

    it('14.3: implemented in nine countries and North-West Russia (000: 84)', async () => {
      const project = await node(RISK_SCENARIOS, 'Project');
      const places = edgesOf(project.outgoing, 'IMPLEMENTED_IN');
      expect(
        places
          .filter((edge) => edge.labels.includes('Country'))
          .map((edge) => edge.key)
          .sort(),
      ).toEqual(['DE', 'DK', 'EE', 'FI', 'LT', 'LV', 'NO', 'PL', 'SE']);
      expect(
        places.filter((edge) => edge.labels.includes('Region')).map((edge) => edge.key),
      ).toEqual(['north-west-russia']);
      // North-West Russia is a sub-region of Russia; the page names no funder for its
      // separate funding (the Swedish Institute supported it, as a partner).
      const region = await node('north-west-russia', 'Region');
      expect(keysOf(region.outgoing, 'INCLUDES')).toEqual(['RU']);
      expect(keysOf(project.outgoing, 'FUNDED_BY')).toEqual([
        'civil-protection-financial-instrument',
      ]);
    });

    it('14.3: led by the CBSS Secretariat, endorsed by the CBSS Civil Protection Network, four task areas (000: 73-78, 84)', async () => {
      const project = await node(RISK_SCENARIOS, 'Project');
      const roles = edgesOf(project.incoming, 'PARTICIPATES_IN').map(
        (edge) => `${String(edge.properties.role)}:${edge.key}`,
      );
      expect(roles).toContain('coordinator:cbss-secretariat');
      expect(roles).toContain('endorsing body:cbss-civil-protection-network');
      expect(roles).toContain('lead partner:cbss-secretariat-communication-team');
      expect(
        edgesOf(project.outgoing, 'HAS_TASK')
          .map((edge) => edge.name)
          .sort(),
      ).toEqual([
        '1: Macro-Regional Risk Scenario/Hazard and Gap Analysis',
        '2: Floods Prevention in Macro-Regional Context',
        '3: Forest Fire Prevention in Macro-Regional Context',
        '4: Nuclear Safety Risk Scenarios and Gaps in Macro-Regional Context',
      ]);
    });

    it('From Gaps to Caps: follow-up of 14.3, 24 months, 2015-2017, co-financed by DG ECHO (000: 101, 105)', async () => {
      const project = await node(GAPS_TO_CAPS, 'Project');
      expect(project.properties).toMatchObject({
        name: 'From Gaps to Caps',
        durationMonths: 24,
        startDate: '2015',
        endDate: '2017',
        isFlagship: true,
      });
      expect(keysOf(project.outgoing, 'FOLLOW_UP_OF')).toEqual([RISK_SCENARIOS]);
      expect(keysOf(project.outgoing, 'FUNDED_BY')).toEqual(['dg-echo']);
      expect(keysOf(project.outgoing, 'UNDER')).toEqual(['eusbsr', 'pa-secure']);
    });

    it('From Gaps to Caps: task leaders A-D, as participations and as task leads (000: 105, 107)', async () => {
      const project = await node(GAPS_TO_CAPS, 'Project');
      const leaders = edgesOf(project.incoming, 'PARTICIPATES_IN')
        .filter((edge) => edge.properties.role === 'task leader')
        .map((edge) => `${String(edge.properties.task)}:${edge.key}`)
        .sort();
      const expected = [
        'A:lithuania-fire-rescue-department', // line 105: "(TASK A Leader)"
        'B:cbss-secretariat-communication-team', // line 107: "Communications Unit of the Council ..."
        'C:university-of-iceland', // line 107: "Task C, led by the University of Iceland"
        'D:hamburg-fire-rescue-service', // line 107: "lies with ... the Hamburg Fire & Rescue Service"
      ];
      expect(leaders).toEqual(expected);
      // The Task nodes say the same through LEADS.
      const viaTasks: string[] = [];
      for (const taskId of keysOf(project.outgoing, 'HAS_TASK')) {
        const task = await node(taskId, 'Task');
        for (const leader of keysOf(task.incoming, 'LEADS')) {
          viaTasks.push(`${String(task.properties.code)}:${leader}`);
        }
      }
      expect(viaTasks.sort()).toEqual(expected);
      const coordinator = edgesOf(project.incoming, 'PARTICIPATES_IN').filter(
        (edge) => edge.properties.role === 'coordinator',
      );
      expect(coordinator.map((edge) => edge.key)).toEqual(['lithuania-fire-rescue-department']);
      // The final report of Task C and its two supplementing papers (000: 111, 113).
      const taskC = await node('from-gaps-to-caps-task-c', 'Task');
      expect(keysOf(taskC.incoming, 'REPORTS_ON')).toEqual([
        'from-gaps-to-caps-main-report',
        'from-gaps-to-caps-methodology',
        'from-gaps-to-caps-outlook',
      ]);
    });

    it('ResQU2 is a platform of four projects (000: 23)', async () => {
      const platform = await node('resqu2', 'Project');
      expect(platform.properties).toMatchObject({ kind: 'platform', isFlagship: true });
      expect(keysOf(platform.incoming, 'COMPONENT_OF')).toEqual([
        'chemsar',
        'divesmart-baltic',
        'hazard',
        'mirg-ex',
      ]);
    });

    it('EVAPREM has been a flagship since 9 February 2017, with partners from five countries (000: 132)', async () => {
      const project = await node('evaprem', 'Project');
      expect(project.properties).toMatchObject({
        acronym: 'EVAPREM',
        flagshipSince: '2017-02-09',
        isFlagship: true,
        countryCount: 5,
      });
    });

    it('BALEX DELTA 2018 was held in Karlskrona, Sweden, on 27-30 August 2018, one node (000: 137, 139)', async () => {
      const exercise = await node('balex-delta-2018', 'Project');
      expect(exercise.properties).toMatchObject({
        kind: 'exercise',
        name: 'BALEX DELTA 2018',
        place: 'Karlskrona',
        startDate: '2018-08-27',
        endDate: '2018-08-30',
      });
      expect(keysOf(exercise.outgoing, 'IMPLEMENTED_IN')).toEqual(['SE']);
      expect(keysOf(exercise.incoming, 'EVENT_OF')).toEqual([]);
    });

    it('FIRE-IN: 16 partners from 8 countries, funded by Horizon 2020 (000: 31)', async () => {
      const project = await node('fire-in', 'Project');
      expect(project.properties).toMatchObject({ partnerCount: 16, countryCount: 8 });
      expect(keysOf(project.outgoing, 'FUNDED_BY')).toEqual(['horizon-2020']);
      const programme = await node('horizon-2020', 'FundingSource');
      expect(keysOf(programme.outgoing, 'PROVIDED_BY')).toEqual(['european-union']);
      // The e-FIRE-IN platform is how results will be shared, not a project of its own;
      // "within the next 5 years" is a time frame, not the project's length.
      expect(keysOf(project.incoming, 'COMPONENT_OF')).toEqual([]);
      expect(project.properties.durationMonths).toBeUndefined();
    });

    it('the four contact people, with their titles and organisations (000: 141-153)', async () => {
      const people: Record<string, [string, string, string]> = {
        'janusz-gaciarz': [
          'Janusz Gąciarz',
          'Senior Adviser on Civil Security',
          'cbss-secretariat',
        ],
        'nina-jernberg': ['Nina Jernberg', 'Policy Officer', 'cbss-secretariat'],
        'andriy-martynenko': ['Andriy Martynenko', 'Project Officer', 'cbss-secretariat'],
        'julia-fredriksson': ['Julia Fredriksson', 'Adviser on EU and International Issues', 'msb'],
      };
      for (const [id, [name, title, organisation]] of Object.entries(people)) {
        const person = await node(id, 'Person');
        expect(person.properties.name).toBe(name);
        const jobs = edgesOf(person.outgoing, 'WORKS_FOR');
        expect(jobs.map((job) => [job.key, job.properties.title])).toEqual([[organisation, title]]);
      }
    });

    it('PA Secure is co-coordinated by the CBSS and MSB and succeeded PA 14 (000: 3, 59)', async () => {
      const paSecure = await node('pa-secure', 'PolicyArea');
      expect(paSecure.properties).toMatchObject({ shortName: 'PA Secure', status: 'active' });
      expect(
        edgesOf(paSecure.incoming, 'COORDINATES')
          .map((edge) => `${String(edge.properties.role)}:${edge.key}`)
          .sort(),
      ).toEqual(['co-coordinator:cbss', 'co-coordinator:msb']);
      expect(keysOf(paSecure.outgoing, 'PART_OF')).toEqual(['eusbsr']);
      // Part-financed by Interreg Baltic Sea Region (000: 156-158).
      expect(keysOf(paSecure.outgoing, 'FUNDED_BY')).toEqual(['interreg-baltic-sea-region']);

      const pa14 = await node('pa-14', 'PolicyArea');
      expect(pa14.properties).toMatchObject({ code: '14', status: 'former' });
      expect(keysOf(pa14.outgoing, 'SUCCEEDED_BY')).toEqual(['pa-secure']);
      // The CBSS Secretariat acted for the coordinator (PAC) of PA 14 from November 2011 (000: 59).
      const acting = edgesOf(pa14.incoming, 'COORDINATES');
      expect(acting.map((edge) => [edge.key, edge.properties.role, edge.properties.from])).toEqual([
        ['cbss-secretariat', 'acting coordinator', '2011-11'],
        ['pa-14-priority-area-coordinator', 'coordinator', undefined],
      ]);
    });

    it('the steering group: founded 2013, with three member bodies (000: 7)', async () => {
      const group = await node('pa-secure-steering-group', 'Organisation');
      expect(group.properties).toMatchObject({ kind: 'steering group', founded: '2013' });
      expect(keysOf(group.incoming, 'MEMBER_OF')).toEqual([
        'cbss-secretariat-children-at-risk-unit',
        'tf-thb',
        'ubc-safe-cities-commission',
      ]);
    });

    it('units are linked to the bodies they belong to', async () => {
      // Every PART_OF edge between organisations, child -> parent.
      const expected: Record<string, string> = {
        'latvia-sfrs-eu-international-affairs-division': 'latvia-state-fire-rescue-service', // 000: 95
        'cbss-secretariat': 'cbss', // 000: 7, 40
        'cbss-secretariat-communication-team': 'cbss-secretariat', // 000: 73
        'cbss-secretariat-children-at-risk-unit': 'cbss-secretariat', // 000: 7
        'cbss-civil-protection-network': 'cbss', // 000: 84
        'tf-thb': 'cbss', // 000: 7, 38
        'cbss-expert-group-children-at-risk': 'cbss', // 000: 42
        'ubc-safe-cities-commission': 'union-of-the-baltic-cities', // 000: 7
        'lithuania-fire-rescue-department': 'lithuania-ministry-of-the-interior', // 000: 96
      };
      for (const [child, parent] of Object.entries(expected)) {
        const unit = await node(child, 'Organisation');
        expect(keysOf(unit.outgoing, 'PART_OF'), child).toEqual([parent]);
      }
      const division = await node('latvia-sfrs-eu-international-affairs-division', 'Organisation');
      expect(division.properties).toMatchObject({ kind: 'unit' });
    });
  });

  describe('facts of the Project 100 page (003)', () => {
    it('Project 100 was launched in May 2023 in the SEEE region, under the EU CBRN CoE (003: 4, 28, 43)', async () => {
      const project = await node('project-100', 'Project');
      expect(project.properties).toMatchObject({
        code: '100',
        name: 'Strengthening of Front Line Biosafety and Biosecurity Measures in South East and Eastern European Region',
        startDate: '2023-05',
        startYear: 2023,
      });
      expect(keysOf(project.outgoing, 'IMPLEMENTED_IN')).toEqual(['seee']);
      expect(keysOf(project.outgoing, 'UNDER')).toEqual(['eu-cbrn-coe']);
      const region = await node('seee', 'Region');
      expect(region.properties.name).toBe('South East and Eastern Europe');
    });

    it('Project 100 addresses 8 CBRN areas and 2 CBRN categories (003: 30-41)', async () => {
      const project = await node('project-100', 'Project');
      const topics = edgesOf(project.outgoing, 'ADDRESSES');
      const namesOfKind = (kind: string): string[] =>
        topics
          .filter((edge) => edge.kind === kind)
          .map((edge) => String(edge.name))
          .sort();
      expect(namesOfKind('cbrn area')).toEqual([
        'Bio-safety/bio-security',
        'Crisis management',
        'First response',
        'Legal framework',
        'Post incident recovery',
        'Public and infrastructure protection',
        'Public health impact mitigation',
        'Safety and security',
      ]);
      expect(namesOfKind('cbrn category')).toEqual(['Biological', 'Chemical']);
    });

    it('UNICRI is named on Project 100 without a role; its factsheet dates from 12 June 2023 (003: 44-49)', async () => {
      const project = await node('project-100', 'Project');
      expect(
        edgesOf(project.incoming, 'PARTICIPATES_IN').map((edge) => [
          edge.key,
          edge.properties.role,
          edge.name,
        ]),
      ).toEqual([
        ['unicri', 'unknown', 'United Nations Interregional Crime and Justice Research Institute'],
      ]);
      const factsheet = await node('project-100-factsheet', 'Document');
      expect(factsheet.properties).toMatchObject({
        title: 'Project 100 Factsheet',
        kind: 'factsheet',
        publishedOn: '2023-06-12',
      });
      expect(keysOf(factsheet.outgoing, 'OUTPUT_OF')).toEqual(['project-100']);
    });
  });

  describe('countries', () => {
    it('are keyed by ISO 3166-1 alpha-2 code, with their English names', async () => {
      const entities = await graph.read<NamedEntity>('testing/named-entities');
      const countries = Object.fromEntries(
        entities
          .filter((entity) => entity.labels.includes('Country'))
          .map((entity) => [entity.key, entity.name]),
      );
      expect(countries).toEqual({
        DE: 'Germany',
        DK: 'Denmark',
        EE: 'Estonia',
        FI: 'Finland',
        IS: 'Iceland',
        LT: 'Lithuania',
        LV: 'Latvia',
        NO: 'Norway', // quoted in the seed, so YAML does not read it as false
        PL: 'Poland',
        RU: 'Russia',
        SE: 'Sweden',
      });
    });

    it('hold the organisations the sources place in them', async () => {
      const located: Record<string, string[]> = {};
      for (const code of ['DE', 'DK', 'EE', 'FI', 'IS', 'LT', 'LV', 'NO', 'PL', 'RU', 'SE']) {
        const country = await node(code, 'Country');
        located[code] = keysOf(country.incoming, 'LOCATED_IN');
      }
      expect(located).toEqual({
        DE: ['hamburg-fire-rescue-service'], // "(Germany)", 000: 120
        DK: ['frederikssund-halsnaes-fire-rescue-service'], // "(Denmark)", 000: 117
        EE: ['estonian-rescue-board'],
        FI: ['finland-ministry-of-the-interior', 'stuk'],
        IS: ['university-of-iceland'],
        LT: ['lithuania-fire-rescue-department', 'lithuania-ministry-of-the-interior'],
        LV: ['latvia-sfrs-eu-international-affairs-division', 'latvia-state-fire-rescue-service'],
        NO: ['dsb'],
        PL: ['main-school-of-fire-service'],
        RU: [],
        SE: ['cbss-secretariat', 'msb', 'swedish-institute'], // "in Stockholm, Sweden", 000: 40
      });
    });
  });

  describe('entity resolution', () => {
    /**
     * Decoration the seed strips from a spelling before it becomes a name
     * (seed/README.md, section 2): the image caption glued to some lines, line
     * breaks, a leading article, a leading possessive attribution
     * ("European Union’s …", kept as providedBy) and trailing brackets holding
     * a country or an acronym (kept as country / acronym).
     */
    function undecorate(spelling: string): string {
      let name = spelling
        .replace('EUSBSR flagship label transparent', '')
        .replace(/\s*\n\s*/g, ' ')
        .trim()
        .replace(/^the\s+/i, '')
        .replace(/^[^’']+[’']s\s+/, '');
      while (/\s*\([^()]*\)$/.test(name)) name = name.replace(/\s*\([^()]*\)$/, '');
      return name;
    }

    /** Every name, acronym and alias of every named node, by normalised form. */
    async function nameIndex(): Promise<Map<string, Set<string>>> {
      const index = new Map<string, Set<string>>();
      for (const entity of await graph.read<NamedEntity>('testing/named-entities')) {
        const owner = `${entity.labels.join('|')}:${entity.key}`;
        for (const name of [entity.name, entity.acronym, ...entity.aliases]) {
          if (!name) continue;
          const key = normaliseName(name);
          if (!index.has(key)) index.set(key, new Set());
          index.get(key)?.add(owner);
        }
      }
      return index;
    }

    // Each organisation or funder as the sources spell it (verbatim, with the
    // line), and the one record it must resolve to.
    const SPELLINGS: Array<[source: string, spelling: string, owner: string]> = [
      ['000:3', 'CBSS', 'Organisation:cbss'],
      ['000:89', 'Council of the Baltic Sea States', 'Organisation:cbss'],
      ['000:7', 'CBSS Secretariat', 'Organisation:cbss-secretariat'],
      [
        '000:59',
        'The Council of the Baltic Sea States Secretariat',
        'Organisation:cbss-secretariat',
      ],
      [
        '000:73',
        'CBSS Secretariat Communication Team',
        'Organisation:cbss-secretariat-communication-team',
      ],
      [
        '000:107',
        'Communications Unit of the Council of the Baltic Sea States',
        'Organisation:cbss-secretariat-communication-team',
      ],
      ['000:7', 'Children at Risk unit', 'Organisation:cbss-secretariat-children-at-risk-unit'],
      ['000:84', 'CBSS Civil Protection Network', 'Organisation:cbss-civil-protection-network'],
      ['000:7', 'Task Force against Trafficking in Human Beings (TF-THB)', 'Organisation:tf-thb'],
      [
        '000:38',
        'CBSS Task Force against Trafficking in Human Beings (TF-THB)',
        'Organisation:tf-thb',
      ],
      ['000:40', 'TF-THB', 'Organisation:tf-thb'],
      [
        '000:42',
        'CBSS Expert Group on Children at Risk (CAR)',
        'Organisation:cbss-expert-group-children-at-risk',
      ],
      [
        '000:42',
        'Expert Group on Children at Risk',
        'Organisation:cbss-expert-group-children-at-risk',
      ],
      ['000:7', 'Union of the Baltic Cities', 'Organisation:union-of-the-baltic-cities'],
      [
        '000:7',
        'Union of the Baltic Cities – Safe Cities Commission',
        'Organisation:ubc-safe-cities-commission',
      ],
      ['000:3', 'Swedish Civil Contingencies Agency (MSB)', 'Organisation:msb'],
      ['000:151', 'MSB', 'Organisation:msb'],
      ['000:73', 'the Commission', 'Organisation:european-commission'],
      ['000:86', 'EC', 'Organisation:european-commission'],
      ['000:31', 'European Union', 'Organisation:european-union'],
      ['000:90', 'The Swedish Institute', 'Organisation:swedish-institute'],
      ['000:84', 'Swedish Institute', 'Organisation:swedish-institute'],
      [
        '000:91',
        'Frederikssund-Halsnæs Fire & Rescue Service',
        'Organisation:frederikssund-halsnaes-fire-rescue-service',
      ],
      [
        '000:117',
        'Frederikssund-Halsnæs Brand- & Redningsberedskab (Denmark)EUSBSR flagship label transparent',
        'Organisation:frederikssund-halsnaes-fire-rescue-service',
      ],
      ['000:92', 'The Estonian Rescue Board', 'Organisation:estonian-rescue-board'],
      ['000:118', 'Estonian Rescue Board', 'Organisation:estonian-rescue-board'],
      ['000:93', 'Finnish Radiation and Nuclear Safety Authority (STUK)', 'Organisation:stuk'],
      [
        '000:119',
        'Ministry of the Interior of Finland',
        'Organisation:finland-ministry-of-the-interior',
      ],
      ['000:94', 'Hamburg Fire and Rescue Service', 'Organisation:hamburg-fire-rescue-service'],
      ['000:107', 'Hamburg Fire & Rescue Service', 'Organisation:hamburg-fire-rescue-service'],
      [
        '000:120',
        'Hamburg Fire and Rescue Service (Germany)',
        'Organisation:hamburg-fire-rescue-service',
      ],
      ['000:107', 'University of Iceland', 'Organisation:university-of-iceland'],
      // 000:95 names the service and then its division: two records.
      [
        '000:95',
        'State Fire and Rescue Service of Latvia',
        'Organisation:latvia-state-fire-rescue-service',
      ],
      [
        '000:95',
        'EU and International affairs division',
        'Organisation:latvia-sfrs-eu-international-affairs-division',
      ],
      [
        '000:122',
        'State Fire and Rescue Service of Latvia',
        'Organisation:latvia-state-fire-rescue-service',
      ],
      [
        '000:96',
        'Fire and Rescue Department under the Ministry of the Interior of the Republic of Lithuania (FRD)',
        'Organisation:lithuania-fire-rescue-department',
      ],
      [
        '000:105',
        'Fire and Rescue Department under the Ministry of the Interior of the Republic of Lithuania',
        'Organisation:lithuania-fire-rescue-department',
      ],
      [
        '000:96',
        'Ministry of the Interior of the Republic of Lithuania',
        'Organisation:lithuania-ministry-of-the-interior',
      ],
      [
        '000:97',
        'Norwegian Directorate for Civil Protection and Emergency Planning (DSB)',
        'Organisation:dsb',
      ],
      [
        '000:123-124',
        'Norwegian Directorate for Civil Protection and\nEmergency Planning (DSB)',
        'Organisation:dsb',
      ],
      [
        '000:98',
        'The Main School for Fire Service in Warsaw (SGSP)',
        'Organisation:main-school-of-fire-service',
      ],
      [
        '000:125',
        'Main School of Fire Service in Warsaw',
        'Organisation:main-school-of-fire-service',
      ],
      [
        '003:49',
        'United Nations Interregional Crime and Justice Research Institute',
        'Organisation:unicri',
      ],
      // Funders.
      ['000:26', 'European Union Civil Protection and Humanitarian Aid', 'FundingSource:dg-echo'],
      ['000:105', 'DG ECHO', 'FundingSource:dg-echo'],
      [
        '000:31',
        'European Union’s Horizon 2020 Research and Innovation Programme',
        'FundingSource:horizon-2020',
      ],
      [
        '000:71',
        'Civil Protection Financial Instrument',
        'FundingSource:civil-protection-financial-instrument',
      ],
      // The logo file name "IR BSR_logo_EU-supplement_horizontal_297mm".
      ['000:158', 'IR BSR', 'FundingSource:interreg-baltic-sea-region'],
    ];

    it('resolves every spelling of an organisation or funder in the sources to exactly one node', async () => {
      const index = await nameIndex();
      const resolved = SPELLINGS.map(([source, spelling]) => {
        const owners = index.get(normaliseName(undecorate(spelling)));
        return [source, spelling, owners ? [...owners].sort().join(', ') : '(none)'];
      });
      expect(resolved).toEqual(SPELLINGS);
    });

    it('merges both spellings of DG ECHO and of the Hamburg service into one record each', async () => {
      const echo = await node('dg-echo', 'FundingSource');
      expect(echo.properties).toMatchObject({
        name: 'DG ECHO',
        aliases: ['European Union Civil Protection and Humanitarian Aid'],
      });
      // One funder of both CASCADE (000: 26, long name) and From Gaps to Caps (000: 105, DG ECHO).
      expect(keysOf(echo.incoming, 'FUNDED_BY')).toEqual(['cascade', GAPS_TO_CAPS]);
      const hamburg = await node('hamburg-fire-rescue-service', 'Organisation');
      expect(hamburg.properties).toMatchObject({
        name: 'Hamburg Fire and Rescue Service',
        aliases: ['Hamburg Fire & Rescue Service'],
      });
      // The merge decision is recorded with its reason and points at the one node.
      const decision = await node('merged:hamburg-fire-rescue-service', 'Resolution');
      expect(decision.properties.names).toEqual([
        'Hamburg Fire and Rescue Service',
        'Hamburg Fire & Rescue Service',
        'Hamburg Fire and Rescue Service (Germany)',
      ]);
      expect(keysOf(decision.outgoing, 'ABOUT')).toEqual(['hamburg-fire-rescue-service']);
    });

    it('gives no two nodes a shared normalised name, acronym or alias (any label)', async () => {
      const shared = [...(await nameIndex()).entries()]
        .filter(([, owners]) => owners.size > 1)
        .map(([name, owners]) => `${name}: ${[...owners].sort().join(', ')}`);
      expect(shared).toEqual([]);
    });

    it('keeps genuinely different bodies apart, with the decision recorded', async () => {
      const pairs: Array<[string, string]> = [
        // A ministry is not its country's radiation authority (000: 93 vs 119).
        ['finland-ministry-of-the-interior', 'stuk'],
        // The Council is not its Secretariat (000: 73, 89).
        ['cbss', 'cbss-secretariat'],
        // The Latvian service is not its division (000: 95, 122).
        ['latvia-state-fire-rescue-service', 'latvia-sfrs-eu-international-affairs-division'],
      ];
      for (const [one, other] of pairs) {
        const a = await node(one, 'Organisation');
        const b = await node(other, 'Organisation');
        expect(normaliseName(String(a.properties.name))).not.toBe(
          normaliseName(String(b.properties.name)),
        );
        const decision = await node(`kept-apart:${one}:${other}`, 'Resolution');
        expect(decision.properties.decision).toBe('kept-apart');
        expect(String(decision.properties.reason).length).toBeGreaterThan(20);
        expect(keysOf(decision.outgoing, 'ABOUT')).toEqual([one, other].sort());
      }
      // Both Finnish bodies take part, but in different projects.
      const ministry = await node('finland-ministry-of-the-interior', 'Organisation');
      const stuk = await node('stuk', 'Organisation');
      expect(keysOf(ministry.outgoing, 'PARTICIPATES_IN')).toEqual([GAPS_TO_CAPS]);
      expect(keysOf(stuk.outgoing, 'PARTICIPATES_IN')).toEqual([RISK_SCENARIOS]);
      expect(keysOf(ministry.outgoing, 'PART_OF')).toEqual([]);
      // The Secretariat is part of the Council, not merged into it.
      const secretariat = await node('cbss-secretariat', 'Organisation');
      expect(keysOf(secretariat.outgoing, 'PART_OF')).toEqual(['cbss']);
    });
  });

  describe('full-text search (index entity_search)', () => {
    async function search(query: string, limit = 5): Promise<SearchHit[]> {
      return graph.read<SearchHit>('queries/search', {
        query,
        values: [],
        entityTypes: Object.values(EntityType),
        types: null,
        limit,
      });
    }

    it('finds "Gąciarz" when asked for "gaciarz", in any case', async () => {
      for (const query of ['gaciarz', 'GACIARZ', 'Gąciarz']) {
        const [best] = await search(query);
        expect(best, query).toMatchObject({
          id: 'janusz-gaciarz',
          type: 'Person',
          name: 'Janusz Gąciarz',
        });
      }
    });

    it('finds "Frederikssund-Halsnæs …" when asked for "halsnaes", in any case', async () => {
      for (const query of ['halsnaes', 'HALSNAES', 'Halsnæs']) {
        const [best] = await search(query);
        expect(best, query).toMatchObject({
          id: 'frederikssund-halsnaes-fire-rescue-service',
          type: 'Organisation',
          name: 'Frederikssund-Halsnæs Fire & Rescue Service',
        });
      }
    });

    it('searches aliases too: the Danish name finds the Danish service', async () => {
      const [best] = await search('redningsberedskab');
      expect(best?.id).toBe('frederikssund-halsnaes-fire-rescue-service');
    });

    it('returns at most $limit hits, best first', async () => {
      const hits = await search('fire', 3);
      expect(hits).toHaveLength(3);
      const scores = hits.map((hit) => hit.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(await search('nosuchwordanywhere')).toEqual([]);
    });
  });

  describe('provenance', () => {
    it('every node is sourced and every relationship cites its source and lines', async () => {
      const [offenders] = await graph.read<ProvenanceOffenders>('testing/unsourced');
      expect(offenders).toEqual({
        unsourcedNodes: 0,
        nodeExamples: [],
        uncitedSourceEdges: 0,
        unsourcedRelationships: 0,
        relationshipExamples: [],
      });
    });

    it('cites the exact lines: Hamburg leads Task D per 000:107 under the heading of 101', async () => {
      const project = await node(GAPS_TO_CAPS, 'Project');
      const taskD = edgesOf(project.incoming, 'PARTICIPATES_IN').find(
        (edge) => edge.key === 'hamburg-fire-rescue-service' && edge.properties.task === 'D',
      );
      expect(taskD?.properties).toMatchObject({
        sources: ['eusbsr-pa-secure-page'],
        citations: [
          'eusbsr-pa-secure-page:101, 107|{"fields":["organisation","project","role","task"]}',
        ],
      });
      const hamburg = await node('hamburg-fire-rescue-service', 'Organisation');
      expect(
        edgesOf(hamburg.outgoing, 'SOURCED_FROM').map((edge) => [edge.key, edge.properties.lines]),
      ).toEqual([['eusbsr-pa-secure-page', '94, 107, 120']]);
    });
  });

  describe('analyst question: who took part in both 14.3 and From Gaps to Caps?', () => {
    async function sharedPartners(
      projectIds: string[],
      minProjects: number,
    ): Promise<SharedPartner[]> {
      // The statement returns the properties it is asked for, as lists of values.
      const [row] = await graph.read<{
        partners: Array<{
          organisation: [string, string, string | null];
          projectCount: number;
          participations: Array<{ projectId: string; edge: [string, string | null] }>;
        }>;
      }>('queries/shared-partners', {
        projectIds,
        minProjects,
        organisationProperties: ['id', 'name', 'acronym'],
        countryProperties: null,
        edgeProperties: ['role', 'task'],
        projectProperties: null,
      });
      return (row?.partners ?? []).map((partner) => ({
        organisation: {
          id: partner.organisation[0],
          name: partner.organisation[1],
          acronym: partner.organisation[2],
        },
        projectCount: partner.projectCount,
        participations: partner.participations.map((p) => ({
          projectId: p.projectId,
          role: p.edge[0],
          task: p.edge[1],
        })),
      }));
    }

    it('answers with the nine organisations named in both projects', async () => {
      const rows = await sharedPartners([RISK_SCENARIOS, GAPS_TO_CAPS], 2);
      expect(rows.map((row) => row.organisation.id).sort()).toEqual(
        [
          // 14.3 coordinator (000: 73, 84) and, like every flagship listed under line 44,
          // contributing partner of both (000: 44, 55, 101).
          'cbss-secretariat',
          // 14.3 publicity lead "CBSS Secretariat Communication Team" (000: 73) = From Gaps
          // to Caps Task B "Communications Unit of the Council of the Baltic Sea States" (000: 107).
          'cbss-secretariat-communication-team',
          // 14.3 partner "Frederikssund-Halsnæs Fire & Rescue Service" (000: 91) = "Frederikssund-
          // Halsnæs Brand- & Redningsberedskab (Denmark)" in the other partners (000: 117).
          'frederikssund-halsnaes-fire-rescue-service',
          // "The Estonian Rescue Board" (000: 92) = "Estonian Rescue Board" (000: 118).
          'estonian-rescue-board',
          // "Hamburg Fire and Rescue Service" (000: 94) = Task D's "Hamburg Fire & Rescue
          // Service" (000: 107) and "Hamburg Fire and Rescue Service (Germany)" (000: 120).
          'hamburg-fire-rescue-service',
          // "State Fire and Rescue Service of Latvia, EU and International affairs division"
          // (000: 95; the partnership is the service's) = "State Fire and Rescue Service of Latvia" (000: 122).
          'latvia-state-fire-rescue-service',
          // 14.3 partner "(FRD)" (000: 96) = From Gaps to Caps coordinator and Task A leader (000: 105).
          'lithuania-fire-rescue-department',
          // "Norwegian Directorate for Civil Protection and Emergency Planning (DSB)" (000: 97)
          // = the same name broken over 000: 123-124.
          'dsb',
          // "The Main School for Fire Service in Warsaw (SGSP)" (000: 98) = "Main School of
          // Fire Service in Warsaw" (000: 125).
          'main-school-of-fire-service',
          // Not in the answer: the Council itself (cbss, 14.3 only, 000: 89), the Swedish
          // Institute (14.3 only, 000: 90), STUK (14.3, 000: 93) vs the Finnish Ministry of the
          // Interior (From Gaps to Caps, 000: 119), the University of Iceland (000: 107, 121),
          // MSB (000: 126) and the CBSS Civil Protection Network (endorsed 14.3, 000: 84).
        ].sort(),
      );
      expect(rows.every((row) => row.projectCount === 2)).toBe(true);
      // Same count for all, so the order is by name.
      const names = rows.map((row) => row.organisation.name);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    });

    it('lists every role each shared partner holds in the two projects', async () => {
      const rows = await sharedPartners([RISK_SCENARIOS, GAPS_TO_CAPS], 2);
      const roles = (id: string): string[] =>
        (rows.find((row) => row.organisation.id === id)?.participations ?? [])
          .map((p) => `${p.projectId}:${p.role}${p.task ? ` ${p.task}` : ''}`)
          .sort();
      expect(roles('lithuania-fire-rescue-department')).toEqual([
        `${GAPS_TO_CAPS}:coordinator`,
        `${GAPS_TO_CAPS}:task leader A`,
        `${RISK_SCENARIOS}:partner`,
      ]);
      expect(roles('cbss-secretariat')).toEqual([
        `${GAPS_TO_CAPS}:contributing partner`,
        `${RISK_SCENARIOS}:contributing partner`,
        `${RISK_SCENARIOS}:coordinator`,
      ]);
      expect(roles('hamburg-fire-rescue-service')).toEqual([
        `${GAPS_TO_CAPS}:partner`,
        `${GAPS_TO_CAPS}:task leader D`,
        `${RISK_SCENARIOS}:partner`,
      ]);
      // The organisation carries the properties asked for: id, name and acronym.
      const dsb = rows.find((row) => row.organisation.id === 'dsb');
      expect(dsb?.organisation).toMatchObject({
        id: 'dsb',
        name: 'Norwegian Directorate for Civil Protection and Emergency Planning',
        acronym: 'DSB',
      });
    });

    it('with minProjects 1 lists everyone, shared partners first; repeated ids count once', async () => {
      const rows = await sharedPartners([RISK_SCENARIOS, GAPS_TO_CAPS, RISK_SCENARIOS], 1);
      const counts = rows.map((row) => row.projectCount);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(rows.filter((row) => row.projectCount === 2)).toHaveLength(9);
      // 13 organisations take part in 14.3 and 12 in From Gaps to Caps: 9 in both, 4 + 3 in one.
      expect(rows).toHaveLength(9 + 4 + 3);
      const hamburg = rows.find((row) => row.organisation.id === 'hamburg-fire-rescue-service');
      expect(hamburg?.participations).toHaveLength(3);
      expect(rows.map((row) => row.organisation.id)).toEqual(
        expect.arrayContaining(['stuk', 'finland-ministry-of-the-interior', 'msb', 'cbss']),
      );
    });
  });
});
