import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Participation } from '../model/participation.type.js';
import { Project } from '../model/project.type.js';

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, { nullable: true, description: 'One project by id; null when unknown.' })
  project(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.projectById.load(id);
  }

  @FieldResolver(() => [Participation], {
    description: 'The organisations taking part, coordinators and lead partners first.',
  })
  participations(@Root() project: Project, @Ctx() { loaders }: Context) {
    return loaders.participationsByProject.load(project.id);
  }
}
