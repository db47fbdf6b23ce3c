import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { BASIS_ARG } from './basis-arg.js';
import { CitationBasis } from '../model/citation-basis.enum.js';
import { Citation } from '../model/citation.type.js';
import { Document } from '../model/document.type.js';
import { Project } from '../model/project.type.js';
import { Task } from '../model/task.type.js';
import { nodeSources } from './node-sources.js';

@Resolver(() => Document)
export class DocumentResolver {
  @FieldResolver(() => Project, { nullable: true, description: 'The project it came out of.' })
  async project(@Root() document: Document, @Ctx() { loaders }: Context) {
    return (await loaders.projectsOfDocument.load(document.id))[0] ?? null;
  }

  @FieldResolver(() => Task, {
    nullable: true,
    description: 'The task it reports on, where stated.',
  })
  async task(@Root() document: Document, @Ctx() { loaders }: Context) {
    return (await loaders.tasksOfDocument.load(document.id))[0] ?? null;
  }

  @FieldResolver(() => [Citation], { description: 'Where the facts about it come from.' })
  sources(
    @Root() document: Document,
    @Ctx() { loaders }: Context,
    @Arg('basis', () => CitationBasis, BASIS_ARG) basis?: CitationBasis | null,
  ) {
    return nodeSources(loaders, 'Document', document.id, basis);
  }
}
