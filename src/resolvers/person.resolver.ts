import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { BASIS_ARG } from './basis-arg.js';
import { CitationBasis } from '../model/citation-basis.enum.js';
import { Citation } from '../model/citation.type.js';
import { PersonConnection } from '../model/connections.type.js';
import { PersonFilter } from '../model/list-filters.input.js';
import { Organisation } from '../model/organisation.type.js';
import { Person } from '../model/person.type.js';
import { SortDirection } from '../model/sort-direction.enum.js';
import { PageArgs } from '../pages/page-args.js';
import { foldedOrNull, listOrNull } from '../filters/filter-values.js';
import { filterIdChecks } from '../filters/filter-id-checks.js';
import { listPage } from '../pages/list-page.js';
import { nodeSources } from './node-sources.js';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'One person by id; null when unknown.' })
  person(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.personById.load(id);
  }

  @Query(() => PersonConnection, {
    description: 'Contact people, filtered and paginated, by name.',
  })
  people(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => PersonFilter, { nullable: true }) filter: PersonFilter | null,
    @Arg('direction', () => SortDirection, {
      defaultValue: SortDirection.ASC,
      description: 'Name order.',
    })
    direction: SortDirection,
    @Ctx() { graph }: Context,
  ) {
    return listPage<Person>({
      graph,
      list: 'people',
      filters: {
        search: foldedOrNull(filter?.nameContains),
        organisationIds: listOrNull(filter?.organisationIds),
      },
      params: {
        idChecks: filterIdChecks(filter, { organisationIds: 'Organisation' }),
        descending: direction === SortDirection.DESC,
      },
      page,
    });
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'Where the person works.' })
  async organisation(@Root() person: Person, @Ctx() { loaders }: Context) {
    return person.organisationId
      ? loaders.organisationById.load(person.organisationId)
      : ((await loaders.organisationsOfPerson.load(person.id))[0] ?? null);
  }

  @FieldResolver(() => [Citation], { description: 'Where the facts about them come from.' })
  sources(
    @Root() person: Person,
    @Ctx() { loaders }: Context,
    @Arg('basis', () => CitationBasis, BASIS_ARG) basis?: CitationBasis | null,
  ) {
    return nodeSources(loaders, 'Person', person.id, basis);
  }
}
