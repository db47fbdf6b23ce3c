import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { badUserInput } from '../errors.js';
import { searchEntities } from '../graph/queries/search-entities.js';
import { EntityType } from '../model/entity-type.enum.js';
import { SearchHit } from '../model/search-hit.type.js';
import { identifierValues } from '../search/identifier-values.js';
import { luceneQuery } from '../search/lucene-query.js';
import { checkInt } from './check-int.js';

const ENTITY_TYPES: string[] = Object.values(EntityType);
const MAX_HITS = 100;

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search over names, acronyms, codes, aliases and places (cities, event places), ' +
      'ignoring case and accents ("gaciarz" finds "Gąciarz", "hamb" finds Hamburg) and one typo in ' +
      'words of four letters or more ("hamburgg" finds Hamburg); entities matching every word first, ' +
      'then best match. Every hit can be looked up with the root field of its type.',
  })
  async search(
    @Arg('text', () => String, {
      description: 'What to look for; words, not query syntax (at most 200 characters, 32 words).',
    })
    text: string,
    @Arg('types', () => [EntityType], {
      nullable: true,
      description: 'Only these kinds of entity.',
    })
    types: EntityType[] | null,
    @Arg('first', () => Int, { defaultValue: 20, description: `How many hits (1–${MAX_HITS}).` })
    first: number,
    @Ctx() { graph }: Context,
  ): Promise<SearchHit[]> {
    checkInt('first', first, 1, MAX_HITS);
    const query = luceneQuery(text);
    if (!query)
      throw badUserInput(`"text" must contain at least one letter or digit, but got: "${text}"`);
    const rows = await searchEntities(graph, {
      query,
      // An identifier typed whole (a PIC, a VAT number) finds its holder first.
      values: identifierValues(text),
      entityTypes: ENTITY_TYPES,
      types: types && types.length > 0 ? types : null,
      limit: first,
    });
    // A holder of the identifier scores above the best full-text hit.
    const top = Math.max(0, ...rows.filter((row) => !row.held).map((row) => row.score)) + 1;
    return rows.map((row) => ({
      id: row.id,
      type: row.type,
      name: row.name,
      score: row.held ? top : row.score,
    }));
  }
}
