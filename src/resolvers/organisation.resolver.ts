import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { BASIS_ARG } from './basis-arg.js';
import { CitationBasis } from '../model/citation-basis.enum.js';
import { adopted } from '../loaders/adopt-model.js';
import { Citation } from '../model/citation.type.js';
import { OrganisationConnection, ParticipationConnection } from '../model/connections.type.js';
import { Coordination } from '../model/coordination.type.js';
import { Country } from '../model/country.type.js';
import { OrganisationOrder, OrganisationSortField } from '../model/list-orders.input.js';
import { OrganisationFilter } from '../model/organisation-filter.input.js';
import { Organisation } from '../model/organisation.type.js';
import { ParticipationRole } from '../model/participation-role.enum.js';
import { Person } from '../model/person.type.js';
import { Resolution } from '../model/resolution.type.js';
import { SortDirection } from '../model/sort-direction.enum.js';
import { Task } from '../model/task.type.js';
import { PageArgs } from '../pages/page-args.js';
import { organisationParticipations } from '../pages/participation-page.js';
import {
  organisationFilterIdChecks,
  organisationFilterParams,
} from '../filters/organisation-filter-params.js';
import { listPage } from '../pages/list-page.js';
import { nestedPage } from '../pages/nested-page.js';
import { nodeSources } from './node-sources.js';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, {
    nullable: true,
    description: 'One organisation by id; null when unknown.',
  })
  organisation(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.organisationById.load(id);
  }

  @Query(() => OrganisationConnection, {
    description: 'Organisations, filtered, sorted (by name unless told) and paginated.',
  })
  organisations(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OrganisationFilter, { nullable: true }) filter: OrganisationFilter | null,
    @Arg('orderBy', () => OrganisationOrder, { nullable: true }) orderBy: OrganisationOrder | null,
    @Ctx() { graph, loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listPage<Organisation>({
      graph,
      list: 'organisations',
      filters: organisationFilterParams(filter),
      params: {
        idChecks: organisationFilterIdChecks(filter),
        sort: orderBy?.field ?? OrganisationSortField.NAME,
        descending: orderBy?.direction === SortDirection.DESC,
      },
      page,
      info,
      model: Organisation,
      wholeTotal: async () => (await loaders.graphTotals.load('counts')).organisationCount,
    });
  }

  @FieldResolver(() => Country, { nullable: true, description: 'Where the organisation is based.' })
  country(@Root() organisation: Organisation, @Ctx() { loaders }: Context) {
    // A statement that brought the country (null: it has none) needs no load.
    if (organisation.countryNode !== undefined) {
      return organisation.countryNode && adopted(organisation.countryNode, Country);
    }
    return organisation.countryCode ? loaders.countryByCode.load(organisation.countryCode) : null;
  }

  @FieldResolver(() => ParticipationConnection, {
    description: 'The projects it takes part in, with its role in each (oldest project first).',
  })
  participations(
    @Root() organisation: Organisation,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('role', () => ParticipationRole, {
      nullable: true,
      description: 'Only edges with this role.',
    })
    role: ParticipationRole | null,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedPage(
      loaders,
      'organisationParticipations',
      organisation.id,
      page,
      { role: role ?? null },
      organisationParticipations(info),
    );
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The body this one is a unit of (a secretariat’s council, a division’s agency).',
  })
  async parent(@Root() organisation: Organisation, @Ctx() { loaders }: Context) {
    return (await loaders.parentsOfOrganisation.load(organisation.id))[0] ?? null;
  }

  @FieldResolver(() => [Organisation], {
    description: 'Its units: secretariats, divisions, expert groups …',
  })
  units(@Root() organisation: Organisation, @Ctx() { loaders }: Context) {
    return loaders.unitsOfOrganisation.load(organisation.id);
  }

  @FieldResolver(() => [Person], { description: 'Contacts who work for it, with their titles.' })
  people(@Root() organisation: Organisation, @Ctx() { loaders }: Context) {
    return loaders.peopleOfOrganisation.load(organisation.id);
  }

  @FieldResolver(() => [Task], { description: 'Project tasks it leads.' })
  ledTasks(@Root() organisation: Organisation, @Ctx() { loaders }: Context) {
    return loaders.tasksLedByOrganisation.load(organisation.id);
  }

  @FieldResolver(() => [Organisation], {
    description: 'Bodies (e.g. steering groups) it is a member of.',
  })
  memberOf(@Root() organisation: Organisation, @Ctx() { loaders }: Context) {
    return loaders.bodiesOfMember.load(organisation.id);
  }

  @FieldResolver(() => [Organisation], { description: 'For a body: its member organisations.' })
  members(@Root() organisation: Organisation, @Ctx() { loaders }: Context) {
    return loaders.membersOfBody.load(organisation.id);
  }

  @FieldResolver(() => [Country], { description: 'For a body: its member countries.' })
  memberCountries(@Root() organisation: Organisation, @Ctx() { loaders }: Context) {
    return loaders.memberCountriesOfBody.load(organisation.id);
  }

  @FieldResolver(() => [Coordination], { description: 'Policy areas it coordinates.' })
  coordinates(@Root() organisation: Organisation, @Ctx() { loaders }: Context) {
    return loaders.coordinationsByOrganisation.load(organisation.id);
  }

  @FieldResolver(() => [Resolution], {
    description:
      'Entity-resolution decisions about it: spellings merged into it, look-alikes kept apart.',
  })
  resolutions(@Root() organisation: Organisation, @Ctx() { loaders }: Context) {
    return loaders.resolutionsByEntity.load(organisation.id);
  }

  @FieldResolver(() => [Citation], { description: 'Where the facts about it come from.' })
  sources(
    @Root() organisation: Organisation,
    @Ctx() { loaders }: Context,
    @Arg('basis', () => CitationBasis, BASIS_ARG) basis?: CitationBasis | null,
  ) {
    return nodeSources(loaders, 'Organisation', organisation.id, basis);
  }
}
