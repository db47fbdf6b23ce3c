import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { BASIS_ARG } from './basis-arg.js';
import { CitationBasis } from '../model/citation-basis.enum.js';
import { Citation } from '../model/citation.type.js';
import { ProjectConnection } from '../model/connections.type.js';
import { Topic } from '../model/topic.type.js';
import { PageArgs } from '../pages/page-args.js';
import { nestedPage } from '../pages/nested-page.js';
import { nodeSources } from './node-sources.js';

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, { nullable: true, description: 'One topic by id; null when unknown.' })
  topic(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.topicById.load(id);
  }

  @FieldResolver(() => ProjectConnection, { description: 'Projects that address the topic.' })
  projects(
    @Root() topic: Topic,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { loaders }: Context,
  ) {
    return nestedPage(loaders, 'topicProjects', topic.id, page);
  }

  @FieldResolver(() => [Citation], { description: 'Where the facts about it come from.' })
  sources(
    @Root() topic: Topic,
    @Ctx() { loaders }: Context,
    @Arg('basis', () => CitationBasis, BASIS_ARG) basis?: CitationBasis | null,
  ) {
    return nodeSources(loaders, 'Topic', topic.id, basis);
  }
}
