import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { checkIdentifier } from '../../domain/identifier.js';
import { badUserInput } from '../../errors.js';
import { organisationIdByIdentifier } from '../../graph/queries/organisation-by-identifier.js';
import { DuplicateCandidateConnection } from '../../model/duplicate-candidate-connection.type.js';
import { DuplicateCandidateFilter } from '../../model/duplicate-candidate-filter.input.js';
import { DuplicateCandidate } from '../../model/duplicate-candidate.type.js';
import { IdentifierScheme } from '../../model/identifier-scheme.enum.js';
import { Identifier } from '../../model/identifier.type.js';
import { Organisation } from '../../model/organisation.type.js';
import { PageArgs } from '../../pages/page-args.js';
import { listPage } from '../../pages/list-page.js';

/** One identity across sources: identifiers of organisations, lookup by identifier, the review queue. */
@Resolver(() => Organisation)
export class IdentityResolver {
  @FieldResolver(() => [Identifier], {
    description: 'Its external identifiers (PIC, ROR, Wikidata, VAT, programme ids).',
  })
  identifiers(@Root() organisation: Organisation, @Ctx() { loaders }: Context) {
    return loaders.identifiersOfOrganisation.load(organisation.id);
  }

  @Query(() => Organisation, {
    nullable: true,
    description:
      'The organisation an external identifier names (the value in any usual form, e.g. a ' +
      'ror.org URL or a VAT number with spaces); null when no organisation holds it.',
  })
  async organisationByIdentifier(
    @Arg('scheme', () => IdentifierScheme, { description: 'Which registry.' })
    scheme: IdentifierScheme,
    @Arg('value', () => String, { description: 'The id.' }) value: string,
    @Arg('programme', () => String, {
      nullable: true,
      description: 'For PROGRAMME identifiers: the programme slug.',
    })
    programme: string | null,
    @Ctx() { graph, loaders }: Context,
  ): Promise<Organisation | null> {
    const check = checkIdentifier({ scheme, value, programme });
    if (!check.ok) {
      throw badUserInput(
        `"${check.field}" ${check.problem}, but got: "${String(value).slice(0, 200)}"`,
        {
          argument: check.field,
        },
      );
    }
    const id = await organisationIdByIdentifier(graph, check.identifier.key);
    return id !== null ? loaders.organisationById.load(id) : null;
  }

  @Query(() => DuplicateCandidateConnection, {
    description:
      'The review queue: pairs of organisations that may be one body, best score first, with ' +
      'the evidence. Accept one with mergeOrganisations, reject it with rejectDuplicate.',
  })
  duplicateCandidates(
    @Arg('filter', () => DuplicateCandidateFilter, { nullable: true, description: 'Which pairs.' })
    filter: DuplicateCandidateFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { graph }: Context,
  ) {
    return listPage<DuplicateCandidate>({
      graph,
      list: 'duplicateCandidates',
      filters: {
        organisationId: filter?.organisationId ?? null,
        minScore: filter?.minScore ?? null,
      },
      page,
    });
  }
}
