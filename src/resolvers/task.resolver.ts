import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { BASIS_ARG } from './basis-arg.js';
import { CitationBasis } from '../model/citation-basis.enum.js';
import { Citation } from '../model/citation.type.js';
import { Document } from '../model/document.type.js';
import { Organisation } from '../model/organisation.type.js';
import { Project } from '../model/project.type.js';
import { Task } from '../model/task.type.js';
import { nodeSources } from './node-sources.js';

@Resolver(() => Task)
export class TaskResolver {
  @FieldResolver(() => Project, { nullable: true, description: 'The project the task belongs to.' })
  async project(@Root() task: Task, @Ctx() { loaders }: Context) {
    return (await loaders.projectsOfTask.load(task.id))[0] ?? null;
  }

  @FieldResolver(() => [Organisation], { description: 'Who leads the task.' })
  leaders(@Root() task: Task, @Ctx() { loaders }: Context) {
    return loaders.leadersOfTask.load(task.id);
  }

  @FieldResolver(() => [Document], { description: 'Documents that report on the task.' })
  documents(@Root() task: Task, @Ctx() { loaders }: Context) {
    return loaders.documentsOfTask.load(task.id);
  }

  @FieldResolver(() => [Citation], { description: 'Where the facts about it come from.' })
  sources(
    @Root() task: Task,
    @Ctx() { loaders }: Context,
    @Arg('basis', () => CitationBasis, BASIS_ARG) basis?: CitationBasis | null,
  ) {
    return nodeSources(loaders, 'Task', task.id, basis);
  }
}
