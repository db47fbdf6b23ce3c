import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth/role.js';
import type { Context } from '../../context.js';
import { canonicalIdentifierInput } from '../../curation/canonical-identifier-input.js';
import { isConstraintViolation } from '../../curation/constraint-violation.js';
import { resolveProvenance } from '../../curation/provenance.js';
import { badUserInput, conflict } from '../../errors.js';
import { addFundingSourceIdentifier } from '../../graph/queries/add-funding-source-identifier.js';
import { claimIdentifier } from '../../graph/queries/claim-identifier.js';
import { lockNamedEntity } from '../../graph/queries/lock-named-entity.js';
import { removeFundingSourceIdentifier } from '../../graph/queries/remove-funding-source-identifier.js';
import { FundingSourceIdentifierInput } from '../../model/curation/funding-source-identifier.input.js';
import { FundingSource } from '../../model/funding-source.type.js';
import { editorOf } from './write-entity.js';

/** Editors curate a funder's external identifiers as they do an organisation's: one owner each. */
@Resolver()
export class FundingSourceIdentityCurationResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => FundingSource, {
    description:
      'Gives a funding source an external identifier. An identifier names one body: one ' +
      'another funder or organisation holds is refused with CONFLICT (editors only).',
  })
  async addFundingSourceIdentifier(
    @Arg('input', () => FundingSourceIdentifierInput, { description: 'What to write.' })
    input: FundingSourceIdentifierInput,
    @Ctx() context: Context,
  ): Promise<FundingSource> {
    const identifier = canonicalIdentifierInput(input);
    const user = editorOf(context);
    await context.graph
      .writeTransaction(async (tx) => {
        if (!(await lockNamedEntity(tx, 'FundingSource', input.fundingSourceId))) {
          throw badUserInput(`Unknown FundingSource id: "${input.fundingSourceId}"`, {
            unknownIds: [input.fundingSourceId],
          });
        }
        const provenance = await resolveProvenance(tx, input.citation, user);
        // The claim locks the identifier: of two writers, the second sees the first's owner.
        const claim = await claimIdentifier(tx, identifier);
        if (claim?.ownerId && claim.ownerId !== input.fundingSourceId) {
          throw conflict(
            `The identifier ${identifier.key} already belongs to ${claim.ownerLabel} "${claim.ownerId}"; one identifier names one body.`,
            { conflictsWith: claim.ownerId },
          );
        }
        await addFundingSourceIdentifier(tx, {
          fundingSourceId: input.fundingSourceId,
          key: identifier.key,
          ...provenance,
        });
      })
      .catch((error: unknown) => {
        // The constraint is the last word: a claim that slipped past the check still fails here.
        if (isConstraintViolation(error)) {
          throw conflict(`The identifier ${identifier.key} was taken by another body meanwhile.`);
        }
        throw error;
      });
    return (await context.loaders.fundingSourceById.load(input.fundingSourceId)) as FundingSource;
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => FundingSource, {
    description:
      'Takes an external identifier from a funding source; absent, nothing changes (editors only).',
  })
  async removeFundingSourceIdentifier(
    @Arg('input', () => FundingSourceIdentifierInput, { description: 'What to remove.' })
    input: FundingSourceIdentifierInput,
    @Ctx() context: Context,
  ): Promise<FundingSource> {
    const identifier = canonicalIdentifierInput(input);
    const user = editorOf(context);
    await context.graph.writeTransaction(async (tx) => {
      if (!(await lockNamedEntity(tx, 'FundingSource', input.fundingSourceId))) {
        throw badUserInput(`Unknown FundingSource id: "${input.fundingSourceId}"`, {
          unknownIds: [input.fundingSourceId],
        });
      }
      const provenance = await resolveProvenance(tx, input.citation, user);
      await removeFundingSourceIdentifier(tx, {
        fundingSourceId: input.fundingSourceId,
        key: identifier.key,
        ...provenance,
      });
    });
    return (await context.loaders.fundingSourceById.load(input.fundingSourceId)) as FundingSource;
  }
}
