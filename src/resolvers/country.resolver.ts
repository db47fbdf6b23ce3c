import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { BASIS_ARG } from './basis-arg.js';
import { CitationBasis } from '../model/citation-basis.enum.js';
import { Citation } from '../model/citation.type.js';
import {
  CountryConnection,
  OrganisationConnection,
  ProjectConnection,
} from '../model/connections.type.js';
import { Country } from '../model/country.type.js';
import { CountryFilter } from '../model/list-filters.input.js';
import { CountryOrder, CountrySortField } from '../model/list-orders.input.js';
import { Region } from '../model/region.type.js';
import { SortDirection } from '../model/sort-direction.enum.js';
import { PageArgs } from '../pages/page-args.js';
import { listPage } from '../pages/list-page.js';
import { nestedPage } from '../pages/nested-page.js';
import { nodeSources } from './node-sources.js';

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, {
    nullable: true,
    description: 'One country by ISO 3166-1 alpha-2 code (any case); null when unknown.',
  })
  country(@Arg('code', () => String) code: string, @Ctx() { loaders }: Context) {
    return loaders.countryByCode.load(code.trim().toUpperCase());
  }

  @Query(() => CountryConnection, { description: 'Countries, filtered, sorted and paginated.' })
  countries(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CountryFilter, { nullable: true }) filter: CountryFilter | null,
    @Arg('orderBy', () => CountryOrder, { nullable: true }) orderBy: CountryOrder | null,
    @Ctx() { graph }: Context,
  ) {
    return listPage<Country>({
      graph,
      list: 'countries',
      filters: {
        search: filter?.nameContains?.trim().toLowerCase() || null,
        withOrganisations: filter?.withOrganisations ?? null,
      },
      params: {
        sort: orderBy?.field ?? CountrySortField.NAME,
        descending: orderBy?.direction === SortDirection.DESC,
      },
      page,
    });
  }

  @FieldResolver(() => OrganisationConnection, {
    description: 'Organisations based in the country.',
  })
  organisations(
    @Root() country: Country,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { loaders }: Context,
  ) {
    return nestedPage(loaders, 'countryOrganisations', country.code, page);
  }

  @FieldResolver(() => ProjectConnection, {
    description: 'Projects in which organisations based in the country take part.',
  })
  projects(
    @Root() country: Country,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { loaders }: Context,
  ) {
    return nestedPage(loaders, 'countryPartnerProjects', country.code, page);
  }

  @FieldResolver(() => ProjectConnection, { description: 'Projects implemented in the country.' })
  implementedProjects(
    @Root() country: Country,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { loaders }: Context,
  ) {
    return nestedPage(loaders, 'countryImplementedProjects', country.code, page);
  }

  @FieldResolver(() => [Region], { description: 'Regions the country belongs to.' })
  regions(@Root() country: Country, @Ctx() { loaders }: Context) {
    return loaders.regionsOfCountry.load(country.code);
  }

  @FieldResolver(() => [Citation], { description: 'Where the facts about it come from.' })
  sources(
    @Root() country: Country,
    @Ctx() { loaders }: Context,
    @Arg('basis', () => CitationBasis, BASIS_ARG) basis?: CitationBasis | null,
  ) {
    return nodeSources(loaders, 'Country', country.code, basis);
  }
}
