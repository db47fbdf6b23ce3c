import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth/role.js';
import type { Context } from '../../context.js';
import { isConstraintViolation } from '../../curation/constraint-violation.js';
import { resolveProvenance } from '../../curation/provenance.js';
import { canonicalIdentifierInput } from '../../curation/canonical-identifier-input.js';
import { badUserInput, conflict } from '../../errors.js';
import { addIdentifier } from '../../graph/queries/add-identifier.js';
import { claimIdentifier } from '../../graph/queries/claim-identifier.js';
import { lockMergePair } from '../../graph/queries/lock-merge-pair.js';
import { lockNamedEntity } from '../../graph/queries/lock-named-entity.js';
import { rejectDuplicate } from '../../graph/queries/reject-duplicate.js';
import { removeIdentifier } from '../../graph/queries/remove-identifier.js';
import { candidateId } from '../../identity/candidate-id.js';
import { OrganisationIdentifierInput } from '../../model/curation/identifier.input.js';
import { RejectDuplicateInput } from '../../model/curation/reject-duplicate.input.js';
import { Organisation } from '../../model/organisation.type.js';
import { Resolution } from '../../model/resolution.type.js';
import { editorOf } from './write-entity.js';

/** The id of an editor's kept-apart decision about a pair: the same whichever comes first. */
function keptApartId(a: string, b: string): string {
  return a < b ? `kept-apart:${a}:${b}` : `kept-apart:${b}:${a}`;
}

@Resolver()
export class IdentityCurationResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => Organisation, {
    description:
      'Gives an organisation an external identifier. An identifier names one body: one ' +
      'another organisation holds is refused with CONFLICT (editors only).',
  })
  async addOrganisationIdentifier(
    @Arg('input', () => OrganisationIdentifierInput, { description: 'What to write.' })
    input: OrganisationIdentifierInput,
    @Ctx() context: Context,
  ): Promise<Organisation> {
    const identifier = canonicalIdentifierInput(input);
    const user = editorOf(context);
    await context.graph
      .writeTransaction(async (tx) => {
        if (!(await lockNamedEntity(tx, 'Organisation', input.organisationId))) {
          throw badUserInput(`Unknown Organisation id: "${input.organisationId}"`, {
            unknownIds: [input.organisationId],
          });
        }
        const provenance = await resolveProvenance(tx, input.citation, user);
        // The claim locks the identifier: of two writers, the second sees the first's owner.
        const claim = await claimIdentifier(tx, identifier);
        if (claim?.ownerId && claim.ownerId !== input.organisationId) {
          throw conflict(
            `The identifier ${identifier.key} already belongs to ${claim.ownerLabel} "${claim.ownerId}"; one identifier names one body (merge the two if they are one).`,
            { conflictsWith: claim.ownerId },
          );
        }
        await addIdentifier(tx, {
          organisationId: input.organisationId,
          key: identifier.key,
          ...provenance,
        });
      })
      .catch((error: unknown) => {
        // The constraint is the last word: a claim that slipped past the check still fails here.
        if (isConstraintViolation(error)) {
          throw conflict(
            `The identifier ${identifier.key} was taken by another organisation meanwhile.`,
          );
        }
        throw error;
      });
    return (await context.loaders.organisationById.load(input.organisationId)) as Organisation;
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Organisation, {
    description:
      'Takes an external identifier from an organisation; absent, nothing changes (editors only).',
  })
  async removeOrganisationIdentifier(
    @Arg('input', () => OrganisationIdentifierInput, { description: 'What to remove.' })
    input: OrganisationIdentifierInput,
    @Ctx() context: Context,
  ): Promise<Organisation> {
    const identifier = canonicalIdentifierInput(input);
    const user = editorOf(context);
    await context.graph.writeTransaction(async (tx) => {
      if (!(await lockNamedEntity(tx, 'Organisation', input.organisationId))) {
        throw badUserInput(`Unknown Organisation id: "${input.organisationId}"`, {
          unknownIds: [input.organisationId],
        });
      }
      const provenance = await resolveProvenance(tx, input.citation, user);
      await removeIdentifier(tx, {
        organisationId: input.organisationId,
        key: identifier.key,
        ...provenance,
      });
    });
    return (await context.loaders.organisationById.load(input.organisationId)) as Organisation;
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Resolution, {
    description:
      'Rejects a review candidate: the two organisations are different bodies. Recorded as a ' +
      'kept-apart decision with who, when and why; matching never proposes the pair again (editors only).',
  })
  async rejectDuplicate(
    @Arg('input', () => RejectDuplicateInput, { description: 'What to record.' })
    input: RejectDuplicateInput,
    @Ctx() context: Context,
  ): Promise<Resolution> {
    const [a, b] = [...input.organisationIds].sort() as [string, string];
    if (a === b) throw badUserInput('"organisationIds" must name two different organisations.');
    const user = editorOf(context);
    const resolutionId = keptApartId(a, b);
    await context.graph.writeTransaction(async (tx) => {
      if ((await lockMergePair(tx, [a, b])) < 2) {
        throw badUserInput(
          `Unknown Organisation id in "organisationIds": ${JSON.stringify([a, b])}`,
          {
            unknownIds: [a, b],
          },
        );
      }
      const provenance = await resolveProvenance(tx, input.citation, user);
      await rejectDuplicate(tx, {
        a,
        b,
        resolutionId,
        candidateId: candidateId(a, b),
        reason: input.reason,
        ...provenance,
      });
    });
    const resolutions = await context.loaders.resolutionsByEntity.load(a);
    return resolutions.find((resolution) => resolution.id === resolutionId) as Resolution;
  }
}
