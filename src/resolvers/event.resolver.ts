import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { BASIS_ARG } from './basis-arg.js';
import { CitationBasis } from '../model/citation-basis.enum.js';
import { Citation } from '../model/citation.type.js';
import { Country } from '../model/country.type.js';
import { Event } from '../model/event.type.js';
import { Project } from '../model/project.type.js';
import { nodeSources } from './node-sources.js';

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => Project, {
    nullable: true,
    description: 'The project the event belongs to.',
  })
  async project(@Root() event: Event, @Ctx() { loaders }: Context) {
    return (await loaders.projectsOfEvent.load(event.id))[0] ?? null;
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The country it was held in.' })
  async country(@Root() event: Event, @Ctx() { loaders }: Context) {
    return (await loaders.countriesOfEvent.load(event.id))[0] ?? null;
  }

  @FieldResolver(() => [Citation], { description: 'Where the facts about it come from.' })
  sources(
    @Root() event: Event,
    @Ctx() { loaders }: Context,
    @Arg('basis', () => CitationBasis, BASIS_ARG) basis?: CitationBasis | null,
  ) {
    return nodeSources(loaders, 'Event', event.id, basis);
  }
}
