import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { BASIS_ARG } from './basis-arg.js';
import { CitationBasis } from '../model/citation-basis.enum.js';
import { Citation } from '../model/citation.type.js';
import { ProjectConnection } from '../model/connections.type.js';
import { Country } from '../model/country.type.js';
import { Region } from '../model/region.type.js';
import { PageArgs } from '../pages/page-args.js';
import { nestedPage } from '../pages/nested-page.js';
import { nodeSources } from './node-sources.js';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: 'One region by id; null when unknown.' })
  region(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.regionById.load(id);
  }

  @FieldResolver(() => [Country], { description: 'Countries the region includes, where stated.' })
  countries(@Root() region: Region, @Ctx() { loaders }: Context) {
    return loaders.countriesOfRegion.load(region.id);
  }

  @FieldResolver(() => ProjectConnection, { description: 'Projects implemented in the region.' })
  projects(
    @Root() region: Region,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { loaders }: Context,
  ) {
    return nestedPage(loaders, 'regionProjects', region.id, page);
  }

  @FieldResolver(() => [Citation], { description: 'Where the facts about it come from.' })
  sources(
    @Root() region: Region,
    @Ctx() { loaders }: Context,
    @Arg('basis', () => CitationBasis, BASIS_ARG) basis?: CitationBasis | null,
  ) {
    return nodeSources(loaders, 'Region', region.id, basis);
  }
}
