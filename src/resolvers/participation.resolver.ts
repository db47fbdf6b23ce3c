import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Citation, parseCitations } from '../model/citation.type.js';
import { Organisation } from '../model/organisation.type.js';
import { Participation } from '../model/participation.type.js';
import { Project } from '../model/project.type.js';

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => Organisation, { description: 'The organisation taking part.' })
  organisation(@Root() participation: Participation, @Ctx() { loaders }: Context) {
    return loaders.organisationById.load(participation.organisationId);
  }

  @FieldResolver(() => Project, { description: 'The project taken part in.' })
  project(@Root() participation: Participation, @Ctx() { loaders }: Context) {
    return loaders.projectById.load(participation.projectId);
  }

  @FieldResolver(() => [Citation], { description: 'Where this edge comes from.' })
  sources(@Root() participation: Participation) {
    return parseCitations(participation.citations);
  }
}
