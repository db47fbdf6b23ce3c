import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { BASIS_ARG } from './basis-arg.js';
import { CitationBasis } from '../model/citation-basis.enum.js';
import { Citation } from '../model/citation.type.js';
import { FundingConnection, FundingSourceConnection } from '../model/connections.type.js';
import { FundingSource } from '../model/funding-source.type.js';
import { FundingSourceFilter } from '../model/list-filters.input.js';
import { FundingSourceOrder, FundingSourceSortField } from '../model/list-orders.input.js';
import { Organisation } from '../model/organisation.type.js';
import { Resolution } from '../model/resolution.type.js';
import { SortDirection } from '../model/sort-direction.enum.js';
import { PageArgs } from '../pages/page-args.js';
import { fundingSourceGrants } from '../pages/grant-page.js';
import { foldedOrNull, listOrNull } from '../filters/filter-values.js';
import { listPage } from '../pages/list-page.js';
import { nestedPage } from '../pages/nested-page.js';
import { nodeSources } from './node-sources.js';

@Resolver(() => FundingSource)
export class FundingSourceResolver {
  @Query(() => FundingSource, {
    nullable: true,
    description: 'One funding source by id; null when unknown.',
  })
  fundingSource(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.fundingSourceById.load(id);
  }

  @Query(() => FundingSourceConnection, {
    description: 'Funding sources, filtered, sorted and paginated.',
  })
  fundingSources(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => FundingSourceFilter, { nullable: true })
    filter: FundingSourceFilter | null,
    @Arg('orderBy', () => FundingSourceOrder, { nullable: true })
    orderBy: FundingSourceOrder | null,
    @Ctx() { graph }: Context,
  ) {
    return listPage<FundingSource>({
      graph,
      list: 'fundingSources',
      filters: { search: foldedOrNull(filter?.nameContains), kinds: listOrNull(filter?.kinds) },
      params: {
        sort: orderBy?.field ?? FundingSourceSortField.NAME,
        descending: orderBy?.direction === SortDirection.DESC,
      },
      page,
    });
  }

  @FieldResolver(() => FundingConnection, {
    description: 'What it paid for (projects and policy areas), largest stated amount first.',
  })
  grants(
    @Root() source: FundingSource,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedPage(
      loaders,
      'fundingSourceGrants',
      source.id,
      page,
      {},
      fundingSourceGrants(info),
    );
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation whose money it is.',
  })
  async providedBy(@Root() source: FundingSource, @Ctx() { loaders }: Context) {
    return (await loaders.providersOfFundingSource.load(source.id))[0] ?? null;
  }

  @FieldResolver(() => FundingSource, {
    nullable: true,
    description: 'The wider programme it belongs to.',
  })
  async partOf(@Root() source: FundingSource, @Ctx() { loaders }: Context) {
    return (await loaders.parentsOfFundingSource.load(source.id))[0] ?? null;
  }

  @FieldResolver(() => [FundingSource], { description: 'Instruments that belong to it.' })
  parts(@Root() source: FundingSource, @Ctx() { loaders }: Context) {
    return loaders.partsOfFundingSource.load(source.id);
  }

  @FieldResolver(() => [Resolution], { description: 'Entity-resolution decisions about it.' })
  resolutions(@Root() source: FundingSource, @Ctx() { loaders }: Context) {
    return loaders.resolutionsByEntity.load(source.id);
  }

  @FieldResolver(() => [Citation], { description: 'Where the facts about it come from.' })
  sources(
    @Root() source: FundingSource,
    @Ctx() { loaders }: Context,
    @Arg('basis', () => CitationBasis, BASIS_ARG) basis?: CitationBasis | null,
  ) {
    return nodeSources(loaders, 'FundingSource', source.id, basis);
  }
}
