import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { relationshipCitations } from '../graph/queries/relationship-citations.js';
import { Citation, parseCitations } from '../model/citation.type.js';
import { CitationBasis } from '../model/citation-basis.enum.js';
import { Relation, RELATION_FIELD } from '../model/relation.enum.js';
import { Resolution } from '../model/resolution.type.js';
import { BASIS_ARG } from './basis-arg.js';
import { nodeSources } from './node-sources.js';

/**
 * Provenance beyond the `sources` of entities and partnership and funding
 * edges: the citations of any relationship the API exposes, and the
 * entity-resolution decisions about any entity, with their own citations.
 */
@Resolver(() => Resolution)
export class ProvenanceResolver {
  @Query(() => [Citation], {
    description:
      'The citations of the relationships of one type between two entities (either direction), e.g. provenance(fromId: "msb", relation: LOCATED_IN, toId: "SE"). A relationship written from one field of a record (a country, a parent, a policy area) gets that field’s citations. Empty when there is no such relationship.',
  })
  async provenance(
    @Arg('fromId', () => ID, { description: 'Id of one end (a country by its code).' })
    fromId: string,
    @Arg('relation', () => Relation, { description: 'The relationship type, e.g. LOCATED_IN.' })
    relation: Relation,
    @Arg('toId', () => ID, { description: 'Id of the other end (a country by its code).' })
    toId: string,
    @Ctx() { graph }: Context,
    @Arg('basis', () => CitationBasis, BASIS_ARG) basis?: CitationBasis | null,
  ): Promise<Citation[]> {
    const citationLists = await relationshipCitations(graph, { fromId, relation, toId });
    const field = RELATION_FIELD[relation];
    return citationLists
      .flatMap((citations) => parseCitations(citations, basis))
      .filter(
        (citation) => !field || citation.fields.length === 0 || citation.fields.includes(field),
      );
  }

  @Query(() => [Resolution], {
    description:
      'The entity-resolution decisions about an entity of any type (organisation, funder, project, programme, policy area, region, topic): spellings merged into it, look-alikes kept apart.',
  })
  resolutions(
    @Arg('entityId', () => ID, { description: 'Id of the entity the decisions are about.' })
    entityId: string,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.resolutionsByEntity.load(entityId);
  }

  @FieldResolver(() => [Citation], { description: 'Where the decision comes from.' })
  sources(
    @Root() resolution: Resolution,
    @Ctx() { loaders }: Context,
    @Arg('basis', () => CitationBasis, BASIS_ARG) basis?: CitationBasis | null,
  ) {
    return nodeSources(loaders, 'Resolution', resolution.id, basis);
  }
}
