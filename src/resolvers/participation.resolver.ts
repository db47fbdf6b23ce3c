import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { BASIS_ARG } from './basis-arg.js';
import { CitationBasis } from '../model/citation-basis.enum.js';
import { Citation, parseCitations } from '../model/citation.type.js';
import { Organisation } from '../model/organisation.type.js';
import { Participation } from '../model/participation.type.js';
import { Project } from '../model/project.type.js';
import { embeddedOrLoad } from '../loaders/embedded-or-load.js';

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => Organisation, { description: 'The organisation taking part.' })
  organisation(@Root() participation: Participation, @Ctx() { loaders }: Context) {
    return embeddedOrLoad(
      participation.organisationNode,
      loaders.organisationById,
      participation.organisationId,
      Organisation,
    );
  }

  @FieldResolver(() => Project, { description: 'The project taken part in.' })
  project(@Root() participation: Participation, @Ctx() { loaders }: Context) {
    return embeddedOrLoad(
      participation.projectNode,
      loaders.projectById,
      participation.projectId,
      Project,
    );
  }

  @FieldResolver(() => [Citation], { description: 'Where this edge comes from.' })
  sources(
    @Root() participation: Participation,
    @Arg('basis', () => CitationBasis, BASIS_ARG) basis?: CitationBasis | null,
  ) {
    return parseCitations(participation.citations, basis);
  }
}
