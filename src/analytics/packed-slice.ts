import type { NetworkSlice, SliceOrganisation, SliceProject } from './network-slice.js';
import type { OrganisationTable } from './packed-analysis.js';

/**
 * A network slice as a few typed arrays and JSON strings: what crosses to the
 * analysis worker thread. Posting the same slice as objects (at CORDIS scale
 * 35,000 projects naming 300,000 members, and 60,000 organisations) made the
 * service's own thread serialise every one of them, and the objects
 * themselves, kept on that thread while the slice was read, were what its
 * garbage collector had to walk. The arrays are transferred, not copied
 * (`transferList`); each string column is one string.
 *
 * Organisations are numbered in the order the projects first name them;
 * `present` says which of them the database returned (an organisation may
 * be deleted between the two statements that read a slice, as before).
 */
export interface PackedSlice {
  /** JSON: the organisation ids by number, then names, acronyms, kinds and country codes, one array each. */
  organisationColumns: string;
  /** 1 where the organisation was read (its columns are filled). */
  present: Uint8Array;
  /** JSON: the project ids in slice order. */
  projectIds: string;
  /** Project p's members are `members[memberStarts[p]]` up to `members[memberStarts[p + 1]]`. */
  memberStarts: Uint32Array;
  members: Uint32Array;
  /** NO_YEAR where the project has none. */
  startYears: Int32Array;
  endYears: Int32Array;
  /** Project p's funders are `funders[funderStarts[p]]` up to `funders[funderStarts[p + 1]]` (funder numbers). */
  funderStarts: Uint32Array;
  funders: Uint32Array;
  /** JSON: the funders' ids, then their names, as numbered in `funders`. */
  funderColumns: string;
}

export const NO_YEAR = -0x80000000;

type OrganisationColumns = [
  string[],
  string[],
  Array<string | null>,
  string[],
  Array<string | null>,
];

/** The arrays to transfer with a packed slice (each is then unusable here). */
export function transferListOf(slice: PackedSlice): ArrayBuffer[] {
  return [
    slice.present,
    slice.memberStarts,
    slice.members,
    slice.startYears,
    slice.endYears,
    slice.funderStarts,
    slice.funders,
  ].map((array) => array.buffer as ArrayBuffer);
}

/** The pairs a slice's projects can form: an upper bound of its ties. */
export function packedPairs(slice: PackedSlice): number {
  let pairs = 0;
  for (let p = 0; p + 1 < slice.memberStarts.length; p++) {
    const members = slice.memberStarts[p + 1]! - slice.memberStarts[p]!;
    pairs += (members * (members - 1)) / 2;
  }
  return pairs;
}

/** Organisations of the slice (present ones). */
export function packedOrganisationCount(slice: PackedSlice): number {
  let count = 0;
  for (const present of slice.present) count += present;
  return count;
}

/**
 * Packs a slice row by row as the database streams it: every project
 * (`addProject`), and the organisations they name (`memberIds()`, then
 * `addOrganisation`, which may come while projects still arrive, for any id
 * already named), then `pack()`. Nothing is kept per row but numbers in
 * growing arrays and the strings themselves.
 */
export class SliceBuilder {
  private readonly projectIds: string[] = [];
  private readonly memberStarts: number[] = [0];
  /** Members by organisation number (first seen first). */
  private readonly members: number[] = [];
  private readonly startYears: number[] = [];
  private readonly endYears: number[] = [];
  private readonly funderStarts: number[] = [0];
  private readonly funders: number[] = [];
  private readonly funderNumbers = new Map<string, number>();
  private readonly funderNames: string[] = [];
  private readonly seen = new Map<string, number>();
  /** The organisations by number: ids, then the columns `addOrganisation` fills. */
  private readonly columns: OrganisationColumns = [[], [], [], [], []];
  /** Numbers of the organisations read. */
  private readonly read: number[] = [];

  addProject(project: SliceProject): void {
    this.projectIds.push(project.id);
    const ids = this.columns[0];
    for (const id of project.memberIds) {
      let number = this.seen.get(id);
      if (number === undefined) {
        number = ids.length;
        this.seen.set(id, number);
        ids.push(id);
      }
      this.members.push(number);
    }
    this.memberStarts.push(this.members.length);
    this.startYears.push(project.startYear ?? NO_YEAR);
    this.endYears.push(project.endYear ?? NO_YEAR);
    for (const funder of project.funders) {
      let number = this.funderNumbers.get(funder.id);
      if (number === undefined) {
        number = this.funderNumbers.size;
        this.funderNumbers.set(funder.id, number);
        this.funderNames.push(funder.name);
      }
      this.funders.push(number);
    }
    this.funderStarts.push(this.funders.length);
  }

  /**
   * Every organisation id the projects have named so far, numbered in the
   * order first seen (to read them; the worker thread sorts them by id, not
   * this one). The list grows as projects are added: read it, don't keep it.
   */
  memberIds(): readonly string[] {
    return this.columns[0];
  }

  addOrganisation(organisation: SliceOrganisation): void {
    const index = this.seen.get(organisation.id);
    if (index === undefined) return;
    const [, names, acronyms, kinds, countries] = this.columns;
    if (names[index] === undefined) this.read.push(index);
    names[index] = organisation.name;
    acronyms[index] = organisation.acronym;
    kinds[index] = organisation.kind;
    countries[index] = organisation.countryCode;
  }

  /** The organisations by number (they stay on this thread; see packed-analysis.ts). */
  organisationTable(): OrganisationTable {
    const [ids, names, acronyms, kinds, countryCodes] = this.columns;
    return { ids, names, acronyms, kinds, countryCodes };
  }

  pack(): PackedSlice {
    const present = new Uint8Array(this.columns[0].length);
    for (const index of this.read) present[index] = 1;
    return {
      organisationColumns: JSON.stringify(this.columns),
      present,
      projectIds: JSON.stringify(this.projectIds),
      memberStarts: Uint32Array.from(this.memberStarts),
      members: Uint32Array.from(this.members),
      startYears: Int32Array.from(this.startYears),
      endYears: Int32Array.from(this.endYears),
      funderStarts: Uint32Array.from(this.funderStarts),
      funders: Uint32Array.from(this.funders),
      funderColumns: JSON.stringify([[...this.funderNumbers.keys()], this.funderNames]),
    };
  }
}

/** A slice given as objects (the benchmark's in-memory slices, tests), packed. */
export function packSlice(slice: NetworkSlice): PackedSlice {
  const builder = new SliceBuilder();
  for (const project of slice.projects) builder.addProject(project);
  for (const organisation of slice.organisations) builder.addOrganisation(organisation);
  return builder.pack();
}

/** The slice as objects again (in the worker thread), organisations in id order. */
export function unpackSlice(slice: PackedSlice): NetworkSlice {
  const [ids, names, acronyms, kinds, countries] = JSON.parse(
    slice.organisationColumns,
  ) as OrganisationColumns;
  const [funderIds, funderNames] = JSON.parse(slice.funderColumns) as [string[], string[]];
  const projectIds = JSON.parse(slice.projectIds) as string[];
  const organisations: SliceOrganisation[] = [];
  ids.forEach((id, index) => {
    if (!slice.present[index]) return;
    organisations.push({
      id,
      name: names[index]!,
      acronym: acronyms[index] ?? null,
      kind: kinds[index]!,
      countryCode: countries[index] ?? null,
    });
  });
  organisations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const year = (value: number) => (value === NO_YEAR ? null : value);
  const projects: SliceProject[] = projectIds.map((id, p) => {
    const memberIds: string[] = [];
    for (let k = slice.memberStarts[p]!; k < slice.memberStarts[p + 1]!; k++) {
      memberIds.push(ids[slice.members[k]!]!);
    }
    const funders: SliceProject['funders'] = [];
    for (let k = slice.funderStarts[p]!; k < slice.funderStarts[p + 1]!; k++) {
      const number = slice.funders[k]!;
      funders.push({ id: funderIds[number]!, name: funderNames[number]! });
    }
    return {
      id,
      startYear: year(slice.startYears[p]!),
      endYear: year(slice.endYears[p]!),
      memberIds,
      funders,
    };
  });
  return { projects, organisations };
}
