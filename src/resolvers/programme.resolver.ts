import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { BASIS_ARG } from './basis-arg.js';
import { CitationBasis } from '../model/citation-basis.enum.js';
import { Citation } from '../model/citation.type.js';
import { ProjectConnection } from '../model/connections.type.js';
import { PolicyArea } from '../model/policy-area.type.js';
import { Programme } from '../model/programme.type.js';
import { PageArgs } from '../pages/page-args.js';
import { nestedPage } from '../pages/nested-page.js';
import { nodeSources } from './node-sources.js';

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => Programme, {
    nullable: true,
    description: 'One strategy, initiative or framework by id (e.g. "eusbsr"); null when unknown.',
  })
  programme(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.programmeById.load(id);
  }

  @FieldResolver(() => [PolicyArea], { description: 'Its policy areas.' })
  policyAreas(@Root() programme: Programme, @Ctx() { loaders }: Context) {
    return loaders.policyAreasOfProgramme.load(programme.id);
  }

  @FieldResolver(() => ProjectConnection, {
    description: 'Projects under it, directly or through one of its policy areas.',
  })
  projects(
    @Root() programme: Programme,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { loaders }: Context,
  ) {
    return nestedPage(loaders, 'programmeProjects', programme.id, page);
  }

  @FieldResolver(() => [Citation], { description: 'Where the facts about it come from.' })
  sources(
    @Root() programme: Programme,
    @Ctx() { loaders }: Context,
    @Arg('basis', () => CitationBasis, BASIS_ARG) basis?: CitationBasis | null,
  ) {
    return nodeSources(loaders, 'Programme', programme.id, basis);
  }
}
