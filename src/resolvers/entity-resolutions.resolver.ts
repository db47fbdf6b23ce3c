import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { PolicyArea } from '../model/policy-area.type.js';
import { Programme } from '../model/programme.type.js';
import { Project } from '../model/project.type.js';
import { Region } from '../model/region.type.js';
import { Resolution } from '../model/resolution.type.js';
import { Topic } from '../model/topic.type.js';

/**
 * `resolutions` on every entity type a decision can be about (organisations
 * and funders have theirs in their own resolvers): one batched loader, keyed
 * by the entity's id.
 */
const DESCRIPTION =
  'Entity-resolution decisions about it: spellings merged into it, look-alikes kept apart.';

@Resolver(() => Project)
export class ProjectResolutionsResolver {
  @FieldResolver(() => [Resolution], { description: DESCRIPTION })
  resolutions(@Root() project: Project, @Ctx() { loaders }: Context) {
    return loaders.resolutionsByEntity.load(project.id);
  }
}

@Resolver(() => Programme)
export class ProgrammeResolutionsResolver {
  @FieldResolver(() => [Resolution], { description: DESCRIPTION })
  resolutions(@Root() programme: Programme, @Ctx() { loaders }: Context) {
    return loaders.resolutionsByEntity.load(programme.id);
  }
}

@Resolver(() => PolicyArea)
export class PolicyAreaResolutionsResolver {
  @FieldResolver(() => [Resolution], { description: DESCRIPTION })
  resolutions(@Root() area: PolicyArea, @Ctx() { loaders }: Context) {
    return loaders.resolutionsByEntity.load(area.id);
  }
}

@Resolver(() => Region)
export class RegionResolutionsResolver {
  @FieldResolver(() => [Resolution], { description: DESCRIPTION })
  resolutions(@Root() region: Region, @Ctx() { loaders }: Context) {
    return loaders.resolutionsByEntity.load(region.id);
  }
}

@Resolver(() => Topic)
export class TopicResolutionsResolver {
  @FieldResolver(() => [Resolution], { description: DESCRIPTION })
  resolutions(@Root() topic: Topic, @Ctx() { loaders }: Context) {
    return loaders.resolutionsByEntity.load(topic.id);
  }
}
