import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Organisation } from '../model/organisation.type.js';
import { PolicyArea } from '../model/policy-area.type.js';
import { Programme } from '../model/programme.type.js';
import { Project } from '../model/project.type.js';

/** Frameworks a project works with (REFERS_TO), beside the ones it is under. */
@Resolver(() => Project)
export class ProjectFrameworksResolver {
  @FieldResolver(() => [Programme], {
    description:
      'Frameworks and mechanisms the project works with or towards (e.g. the Sendai Framework), as distinct from the programmes it is under.',
  })
  frameworks(@Root() project: Project, @Ctx() { loaders }: Context) {
    return loaders.frameworksOfProject.load(project.id);
  }
}

/** The policy areas a body governs (GOVERNS), e.g. a steering group. */
@Resolver(() => Organisation)
export class OrganisationGovernanceResolver {
  @FieldResolver(() => [PolicyArea], { description: 'Policy areas this body governs.' })
  governs(@Root() organisation: Organisation, @Ctx() { loaders }: Context) {
    return loaders.policyAreasGovernedBy.load(organisation.id);
  }
}

/** The bodies that govern a policy area. */
@Resolver(() => PolicyArea)
export class PolicyAreaGovernanceResolver {
  @FieldResolver(() => [Organisation], {
    description: 'The bodies that govern it, e.g. its steering group.',
  })
  governedBy(@Root() area: PolicyArea, @Ctx() { loaders }: Context) {
    return loaders.governorsOfPolicyArea.load(area.id);
  }
}
