import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Citation } from '../model/citation.type.js';
import { Source } from '../model/source.type.js';
import { citedPassage } from '../provenance/cited-lines.js';
import { sourceLines } from '../provenance/source-lines.js';

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => Source, {
    nullable: true,
    description: 'The source document or import file.',
  })
  source(@Root() citation: Citation, @Ctx() { loaders }: Context) {
    return citation.source ?? loaders.sourceById.load(citation.sourceId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The text of the cited lines, one line per line, as the source has it; null when the service holds no text for the source.',
  })
  async passage(@Root() citation: Citation, @Ctx() { loaders }: Context) {
    const source = await loaders.sourceById.load(citation.sourceId);
    if (!source?.text) return null;
    return citedPassage(sourceLines(source.text), citation.lines);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Where to read the cited lines highlighted in the source: the reader page address, e.g. "/sources/eusbsr-pa-secure-page#L31-L33".',
  })
  async readerPath(@Root() citation: Citation, @Ctx() { loaders }: Context) {
    const source = await loaders.sourceById.load(citation.sourceId);
    if (!source?.text) return null;
    return readerPath(citation.sourceId, citation.lines);
  }
}

/**
 * The reader page address of cited lines, naming exactly those lines:
 * "80" -> #L80, "31-33" -> #L31-L33, "73, 84" -> #L73,L84.
 */
export function readerPath(sourceId: string, lines: string): string {
  const parts = lines
    .split(',')
    .map((part) => part.trim().match(/^(\d+)(?:-(\d+))?$/))
    .filter((match): match is RegExpMatchArray => match !== null)
    .map((match) => (match[2] ? `L${match[1]}-L${match[2]}` : `L${match[1]}`));
  return `/sources/${encodeURIComponent(sourceId)}${parts.length > 0 ? `#${parts.join(',')}` : ''}`;
}
