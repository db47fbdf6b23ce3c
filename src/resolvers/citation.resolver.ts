import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Citation } from '../model/citation.type.js';
import { Source } from '../model/source.type.js';

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => Source, {
    nullable: true,
    description: 'The source document or import file.',
  })
  source(@Root() citation: Citation, @Ctx() { loaders }: Context) {
    return citation.source ?? loaders.sourceById.load(citation.sourceId);
  }
}
