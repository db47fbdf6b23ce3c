import type { NetworkSlice, SliceProject } from '../../src/analytics/network-slice.js';
import { buildDataset } from '../dataset/build-dataset.js';
import { SCALES, type ScaleName } from '../dataset/scales.js';

interface Period {
  activeFrom: number;
  activeTo: number;
}

/**
 * The network slice the service would read from a generated dataset, made in
 * memory without the database: each project with its participants (distinct,
 * in id order), its start and end years and its funders, and the
 * organisations those name, as `cypher/analytics/network-projects.cypher` and
 * `network-organisations.cypher` return them. With `period`, only the
 * projects active in it (the statement's period filter).
 */
export function datasetSlice(scale: ScaleName, seed: number, period?: Period): NetworkSlice {
  const { files } = buildDataset(SCALES[scale], seed);
  const organisations = new Map<string, NetworkSlice['organisations'][number]>();
  const fundingNames = new Map<string, string>();
  const projects = new Map<string, SliceProject>();
  for (const { content } of files) {
    for (const organisation of (content.organisations ?? []) as Array<Record<string, string>>) {
      organisations.set(organisation.id!, {
        id: organisation.id!,
        name: organisation.name!,
        acronym: organisation.acronym ?? null,
        kind: organisation.kind!,
        countryCode: organisation.country ?? null,
      });
    }
    for (const source of (content.fundingSources ?? []) as Array<Record<string, string>>) {
      fundingNames.set(source.id!, source.name!);
    }
    for (const project of (content.projects ?? []) as Array<Record<string, string>>) {
      const startYear = project.startDate ? Number(project.startDate.slice(0, 4)) : null;
      const endYear = project.endDate ? Number(project.endDate.slice(0, 4)) : startYear;
      projects.set(project.id!, {
        id: project.id!,
        startYear,
        endYear,
        memberIds: [],
        funders: [],
      });
    }
    for (const row of (content.participations ?? []) as Array<Record<string, string>>) {
      projects.get(row.project!)!.memberIds.push(row.organisation!);
    }
    for (const row of (content.funding ?? []) as Array<Record<string, string>>) {
      const source = row.fundingSource!;
      projects.get(row.project!)!.funders.push({ id: source, name: fundingNames.get(source)! });
    }
  }
  const chosen = [...projects.values()]
    .filter(
      (project) =>
        !period ||
        ((project.endYear ?? project.startYear ?? -Infinity) >= period.activeFrom &&
          (project.startYear ?? Infinity) <= period.activeTo),
    )
    .map((project) => ({ ...project, memberIds: [...new Set(project.memberIds)].sort() }))
    .filter((project) => project.memberIds.length > 0)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids = [...new Set(chosen.flatMap((project) => project.memberIds))].sort();
  return { projects: chosen, organisations: ids.map((id) => organisations.get(id)!) };
}
