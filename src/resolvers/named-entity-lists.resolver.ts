import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import {
  DocumentConnection,
  EventConnection,
  ProgrammeConnection,
  RegionConnection,
  TopicConnection,
} from '../model/connections.type.js';
import { Document } from '../model/document.type.js';
import { Event } from '../model/event.type.js';
import { NamedEntityFilter } from '../model/named-entity-filter.input.js';
import { Programme } from '../model/programme.type.js';
import { Region } from '../model/region.type.js';
import { Topic } from '../model/topic.type.js';
import type { ModelClass } from '../loaders/adopt-model.js';
import { PageArgs } from '../pages/page-args.js';
import { foldedOrNull } from '../filters/filter-values.js';
import { listPage } from '../pages/list-page.js';

/** A page of one kind of named entity, by name (see list-named-entities.cypher). */
function namedPage<T>(
  context: Context,
  label: 'Topic' | 'Region' | 'Programme' | 'Event' | 'Document',
  model: ModelClass,
  page: PageArgs,
  filter: NamedEntityFilter | null,
) {
  return listPage<T>({
    graph: context.graph,
    list: 'namedEntities',
    filters: { search: foldedOrNull(filter?.nameContains) },
    params: { label },
    page,
    model,
  });
}

/**
 * Root lookups and lists of every kind of entity `search` finds that has no
 * filtered list of its own, so each search hit leads somewhere.
 */
@Resolver()
export class NamedEntityListsResolver {
  @Query(() => Event, { nullable: true, description: 'One event by id; null when unknown.' })
  event(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.eventById.load(id);
  }

  @Query(() => Document, { nullable: true, description: 'One document by id; null when unknown.' })
  document(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.documentById.load(id);
  }

  @Query(() => TopicConnection, { description: 'Topics (hazards, CBRN areas, themes), by name.' })
  topics(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => NamedEntityFilter, { nullable: true }) filter: NamedEntityFilter | null,
    @Ctx() context: Context,
  ) {
    return namedPage<Topic>(context, 'Topic', Topic, page, filter);
  }

  @Query(() => RegionConnection, { description: 'Regions, by name.' })
  regions(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => NamedEntityFilter, { nullable: true }) filter: NamedEntityFilter | null,
    @Ctx() context: Context,
  ) {
    return namedPage<Region>(context, 'Region', Region, page, filter);
  }

  @Query(() => ProgrammeConnection, {
    description: 'Programmes (strategies, initiatives, frameworks), by name.',
  })
  programmes(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => NamedEntityFilter, { nullable: true }) filter: NamedEntityFilter | null,
    @Ctx() context: Context,
  ) {
    return namedPage<Programme>(context, 'Programme', Programme, page, filter);
  }

  @Query(() => EventConnection, { description: 'Events (conferences, exercises …), by name.' })
  events(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => NamedEntityFilter, { nullable: true }) filter: NamedEntityFilter | null,
    @Ctx() context: Context,
  ) {
    return namedPage<Event>(context, 'Event', Event, page, filter);
  }

  @Query(() => DocumentConnection, { description: 'Documents projects produced, by title.' })
  documents(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => NamedEntityFilter, { nullable: true }) filter: NamedEntityFilter | null,
    @Ctx() context: Context,
  ) {
    return namedPage<Document>(context, 'Document', Document, page, filter);
  }
}
