import type { Dataset } from '../import/dataset-schema.js';

/**
 * The dataset with organisation ids replaced as `ids` says (imported id ->
 * existing node), in every field that refers to an organisation, so records
 * of the import that name a linked organisation reach the existing node.
 */
export function remapOrganisationIds(data: Dataset, ids: ReadonlyMap<string, string>): Dataset {
  if (ids.size === 0) return data;
  const to = <T extends string | undefined>(id: T): T =>
    id === undefined ? id : ((ids.get(id) ?? id) as T);
  return {
    ...data,
    organisations: data.organisations.map((o) => ({ ...o, partOf: to(o.partOf) })),
    fundingSources: data.fundingSources.map((f) => ({ ...f, providedBy: to(f.providedBy) })),
    participations: data.participations.map((p) => ({ ...p, organisation: to(p.organisation) })),
    tasks: data.tasks.map((t) => ({ ...t, leader: to(t.leader) })),
    people: data.people.map((p) => ({ ...p, organisation: to(p.organisation) })),
    coordinations: data.coordinations.map((c) => ({ ...c, organisation: to(c.organisation) })),
    memberships: data.memberships.map((m) => ({ ...m, body: to(m.body), member: to(m.member) })),
    resolutions: data.resolutions.map((r) =>
      r.decision === 'kept-apart'
        ? { ...r, entity: to(r.entity), other: to(r.other) }
        : { ...r, entity: to(r.entity) },
    ),
  };
}
