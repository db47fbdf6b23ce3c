import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { BASIS_ARG } from './basis-arg.js';
import { CitationBasis } from '../model/citation-basis.enum.js';
import { Citation, parseCitations } from '../model/citation.type.js';
import { Funding } from '../model/funding.type.js';
import { FundingSource } from '../model/funding-source.type.js';
import { PolicyArea } from '../model/policy-area.type.js';
import { Project } from '../model/project.type.js';
import { embeddedOrLoad } from '../loaders/embedded-or-load.js';

@Resolver(() => Funding)
export class FundingResolver {
  @FieldResolver(() => FundingSource, { description: 'Who pays.' })
  fundingSource(@Root() funding: Funding, @Ctx() { loaders }: Context) {
    return loaders.fundingSourceById.load(funding.fundingSourceId);
  }

  @FieldResolver(() => Project, {
    nullable: true,
    description: 'The project paid for, if a project.',
  })
  project(@Root() funding: Funding, @Ctx() { loaders }: Context) {
    if (!funding.projectId) return null;
    return embeddedOrLoad(funding.projectNode, loaders.projectById, funding.projectId, Project);
  }

  @FieldResolver(() => PolicyArea, {
    nullable: true,
    description: 'The policy area paid for, if a policy area.',
  })
  policyArea(@Root() funding: Funding, @Ctx() { loaders }: Context) {
    return funding.policyAreaId ? loaders.policyAreaById.load(funding.policyAreaId) : null;
  }

  @FieldResolver(() => [Citation], { description: 'Where this edge comes from.' })
  sources(
    @Root() funding: Funding,
    @Arg('basis', () => CitationBasis, BASIS_ARG) basis?: CitationBasis | null,
  ) {
    return parseCitations(funding.citations, basis);
  }
}
