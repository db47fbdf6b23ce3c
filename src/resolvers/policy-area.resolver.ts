import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { BASIS_ARG } from './basis-arg.js';
import { CitationBasis } from '../model/citation-basis.enum.js';
import { Citation } from '../model/citation.type.js';
import { PolicyAreaConnection, ProjectConnection } from '../model/connections.type.js';
import { Coordination } from '../model/coordination.type.js';
import { Funding } from '../model/funding.type.js';
import { PolicyAreaFilter } from '../model/list-filters.input.js';
import { PolicyArea } from '../model/policy-area.type.js';
import { Programme } from '../model/programme.type.js';
import { Topic } from '../model/topic.type.js';
import { PageArgs } from '../pages/page-args.js';
import { foldedOrNull, listOrNull } from '../filters/filter-values.js';
import { filterIdChecks } from '../filters/filter-id-checks.js';
import { listPage } from '../pages/list-page.js';
import { nestedPage } from '../pages/nested-page.js';
import { nodeSources } from './node-sources.js';

@Resolver(() => PolicyArea)
export class PolicyAreaResolver {
  @Query(() => PolicyArea, {
    nullable: true,
    description: 'One policy area by id; null when unknown.',
  })
  policyArea(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.policyAreaById.load(id);
  }

  @Query(() => PolicyAreaConnection, {
    description: 'Policy areas, filtered and paginated, by name.',
  })
  policyAreas(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => PolicyAreaFilter, { nullable: true }) filter: PolicyAreaFilter | null,
    @Ctx() { graph }: Context,
  ) {
    return listPage<PolicyArea>({
      graph,
      list: 'policyAreas',
      filters: {
        search: foldedOrNull(filter?.nameContains),
        statuses: listOrNull(filter?.statuses),
        programmeIds: listOrNull(filter?.programmeIds),
      },
      params: {
        idChecks: filterIdChecks(filter, { programmeIds: 'Programme' }),
        descending: false,
      },
      page,
    });
  }

  @FieldResolver(() => Programme, { nullable: true, description: 'The strategy it belongs to.' })
  async programme(@Root() area: PolicyArea, @Ctx() { loaders }: Context) {
    return (await loaders.programmesOfPolicyArea.load(area.id))[0] ?? null;
  }

  @FieldResolver(() => PolicyArea, {
    nullable: true,
    description: 'The policy area that took over from it.',
  })
  async succeededBy(@Root() area: PolicyArea, @Ctx() { loaders }: Context) {
    return (await loaders.successorsOfPolicyArea.load(area.id))[0] ?? null;
  }

  @FieldResolver(() => [Topic], {
    description: 'Topics it addresses: its pillars (themes) and the hazards it deals with.',
  })
  topics(@Root() area: PolicyArea, @Ctx() { loaders }: Context) {
    return loaders.topicsOfPolicyArea.load(area.id);
  }

  @FieldResolver(() => [PolicyArea], { description: 'Former policy areas it took over from.' })
  predecessors(@Root() area: PolicyArea, @Ctx() { loaders }: Context) {
    return loaders.predecessorsOfPolicyArea.load(area.id);
  }

  @FieldResolver(() => [Coordination], {
    description: 'Who coordinates it, in which role and when.',
  })
  coordinations(@Root() area: PolicyArea, @Ctx() { loaders }: Context) {
    return loaders.coordinationsOfPolicyArea.load(area.id);
  }

  @FieldResolver(() => [Funding], { description: 'Who funds the policy area itself.' })
  funding(@Root() area: PolicyArea, @Ctx() { loaders }: Context) {
    return loaders.fundingOfPolicyArea.load(area.id);
  }

  @FieldResolver(() => ProjectConnection, { description: 'Projects and flagships under it.' })
  projects(
    @Root() area: PolicyArea,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { loaders }: Context,
  ) {
    return nestedPage(loaders, 'policyAreaProjects', area.id, page);
  }

  @FieldResolver(() => [Citation], { description: 'Where the facts about it come from.' })
  sources(
    @Root() area: PolicyArea,
    @Ctx() { loaders }: Context,
    @Arg('basis', () => CitationBasis, BASIS_ARG) basis?: CitationBasis | null,
  ) {
    return nodeSources(loaders, 'PolicyArea', area.id, basis);
  }
}
