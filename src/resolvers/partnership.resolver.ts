import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { badUserInput } from '../errors.js';
import { coPartners } from '../graph/queries/co-partners.js';
import { connection } from '../graph/queries/connection.js';
import { sharedPartners } from '../graph/queries/shared-partners.js';
import { CoPartner } from '../model/co-partner.type.js';
import { Organisation } from '../model/organisation.type.js';
import { PartnershipPath, type PathStep } from '../model/partnership-path.type.js';
import type { ParticipationRole } from '../model/participation-role.enum.js';
import { Project } from '../model/project.type.js';
import { SharedPartner } from '../model/shared-partner.type.js';
import { coPartnersProjection } from '../projection/co-partners-projection.js';
import { connectionProjection } from '../projection/connection-projection.js';
import { sharedPartnersProjection } from '../projection/shared-partners-projection.js';
import { unknownIdsError } from './assert-known-ids.js';
import { checkInt } from './check-int.js';

const MAX_PROJECTS = 50;
const MAX_HOPS = 6;
const MAX_CO_PARTNERS = 500;

@Resolver(() => CoPartner)
export class PartnershipResolver {
  @Query(() => [SharedPartner], {
    description:
      'Organisations taking part in at least `minProjects` (default: all) of the given projects, ' +
      'each with its roles in them — e.g. the partners 14.3 and From Gaps to Caps have in common.',
  })
  async sharedPartners(
    @Arg('projectIds', () => [ID], { description: `1–${MAX_PROJECTS} project ids.` })
    projectIds: string[],
    @Arg('minProjects', () => Int, { nullable: true, description: 'Default: all of them.' })
    minProjects: number | null,
    @Ctx() { graph }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SharedPartner[]> {
    const ids = [...new Set(projectIds)];
    if (ids.length === 0 || ids.length > MAX_PROJECTS) {
      throw badUserInput(
        `"projectIds" must name 1 to ${MAX_PROJECTS} projects, but got ${ids.length}`,
      );
    }
    const threshold = checkInt('minProjects', minProjects ?? ids.length, 1, ids.length);
    // One statement: it also names unknown ids, and fetches only the selected properties.
    const projection = sharedPartnersProjection(info);
    const found = await sharedPartners(graph, {
      projectIds: ids,
      minProjects: threshold,
      projection: projection.params,
    });
    if (found.unknownIds.length > 0) {
      throw unknownIdsError('Project', found.unknownIds, 'projectIds');
    }
    return found.partners.map((partner) => projection.decode(partner));
  }

  @Query(() => [CoPartner], {
    description:
      'Who an organisation has worked with, weighted by shared projects (heaviest first).',
  })
  async coPartners(
    @Arg('organisationId', () => ID, { description: 'Whose partners.' }) organisationId: string,
    @Arg('minSharedProjects', () => Int, {
      defaultValue: 1,
      description: 'Leave out lighter ties.',
    })
    minSharedProjects: number,
    @Arg('first', () => Int, {
      defaultValue: 100,
      description: `At most this many (1–${MAX_CO_PARTNERS}).`,
    })
    first: number,
    @Ctx() { graph }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CoPartner[]> {
    checkInt('minSharedProjects', minSharedProjects, 1, 1_000_000);
    checkInt('first', first, 1, MAX_CO_PARTNERS);
    // One statement: it also says whether the organisation exists, fetches
    // only the selected properties (each partner's country too, when
    // selected: the `country` field needs no query), and lists the shared
    // project ids only for a query that asks for the projects.
    const projection = coPartnersProjection(info);
    const found = await coPartners(graph, {
      organisationId,
      minSharedProjects,
      limit: first,
      projection: projection.params,
    });
    if (!found.known) throw unknownIdsError('Organisation', [organisationId], 'organisationId');
    return found.coPartners.map((row) => projection.decode(row));
  }

  @FieldResolver(() => [Project], { description: 'The projects the two share.' })
  async sharedProjects(@Root() coPartner: CoPartner, @Ctx() { loaders }: Context) {
    return (await loaders.projectById.loadMany(coPartner.projectIds)).filter(
      (project): project is Project => project !== null && !(project instanceof Error),
    );
  }

  @Query(() => PartnershipPath, {
    nullable: true,
    description:
      'The shortest chain organisation → project → organisation → … between two organisations, ' +
      'or null when none is within `maxHops`.',
  })
  async connection(
    @Arg('fromId', () => ID, { description: 'Organisation the chain starts at.' }) fromId: string,
    @Arg('toId', () => ID, { description: 'Organisation the chain ends at.' }) toId: string,
    @Arg('maxHops', () => Int, {
      defaultValue: 4,
      description: `Longest chain to accept (1–${MAX_HOPS}).`,
    })
    maxHops: number,
    @Ctx() { graph, loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PartnershipPath | null> {
    checkInt('maxHops', maxHops, 1, MAX_HOPS);
    if (fromId === toId) {
      // One read: the organisation itself, or the error naming its unknown id.
      const organisation = await loaders.organisationById.load(fromId);
      if (!organisation) throw unknownIdsError('Organisation', [fromId], 'fromId/toId');
      return { hops: 0, steps: [], organisations: [organisation], projects: [] };
    }
    // One statement: it also names unknown ids, and the chain comes with the
    // selected properties of its organisations and projects.
    const projection = connectionProjection(info);
    const row = await connection(graph, { fromId, toId, maxHops, projection: projection.params });
    if (row && row.unknownIds.length > 0) {
      throw unknownIdsError('Organisation', row.unknownIds, 'fromId/toId');
    }
    if (!row?.roles || !row.organisations || !row.projects) return null;
    const roles = row.roles;
    // The path alternates organisation, project, organisation …; two edges per hop.
    const { organisations, projects } = projection.decode({
      organisations: row.organisations,
      countries: row.countries,
      projects: row.projects,
    });
    const steps: PathStep[] = projects.map((_, hop) => ({
      from: organisations[hop] as Organisation,
      fromRole: roles[hop * 2] as ParticipationRole,
      project: projects[hop] as Project,
      toRole: roles[hop * 2 + 1] as ParticipationRole,
      to: organisations[hop + 1] as Organisation,
    }));
    return { hops: steps.length, steps, organisations, projects };
  }
}
