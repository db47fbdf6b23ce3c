import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { BASIS_ARG } from './basis-arg.js';
import { CitationBasis } from '../model/citation-basis.enum.js';
import { Citation, parseCitations } from '../model/citation.type.js';
import { Coordination } from '../model/coordination.type.js';
import { Organisation } from '../model/organisation.type.js';
import { PolicyArea } from '../model/policy-area.type.js';

@Resolver(() => Coordination)
export class CoordinationResolver {
  @FieldResolver(() => Organisation, { description: 'The coordinating organisation.' })
  organisation(@Root() coordination: Coordination, @Ctx() { loaders }: Context) {
    return loaders.organisationById.load(coordination.organisationId);
  }

  @FieldResolver(() => PolicyArea, { description: 'The policy area coordinated.' })
  policyArea(@Root() coordination: Coordination, @Ctx() { loaders }: Context) {
    return loaders.policyAreaById.load(coordination.policyAreaId);
  }

  @FieldResolver(() => [Citation], { description: 'Where this edge comes from.' })
  sources(
    @Root() coordination: Coordination,
    @Arg('basis', () => CitationBasis, BASIS_ARG) basis?: CitationBasis | null,
  ) {
    return parseCitations(coordination.citations, basis);
  }
}
