import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth/role.js';
import type { Context } from '../../context.js';
import { asConflict } from '../../curation/constraint-violation.js';
import { claimNames } from '../../curation/name-conflicts.js';
import { resolveProvenance } from '../../curation/provenance.js';
import { badUserInput } from '../../errors.js';
import { lockMergePair } from '../../graph/queries/lock-merge-pair.js';
import { mergeOrganisations } from '../../graph/queries/merge-organisations.js';
import { mergeStatus } from '../../graph/queries/merge-status.js';
import { MergeOrganisationsInput } from '../../model/curation/merge-organisations.input.js';
import { MergeResult } from '../../model/curation/merge-result.type.js';
import type { Organisation } from '../../model/organisation.type.js';
import type { Resolution } from '../../model/resolution.type.js';
import { editorOf } from './write-entity.js';

/** The id of the decision a merge records; the same pair always gives the same id. */
export function mergeResolutionId(survivorId: string, mergedId: string): string {
  return `merged:${survivorId}:${mergedId}`;
}

@Resolver(() => MergeResult)
export class MergeCurationResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => MergeResult, {
    description:
      'Merges two organisations that are one body: aliases, partnership edges, units, people, ' +
      'memberships and provenance move to the survivor, nothing is lost, and the decision is ' +
      'recorded with who, when and why. Repeating it is harmless (editors only).',
  })
  async mergeOrganisations(
    @Arg('input', () => MergeOrganisationsInput, { description: 'What to write.' })
    input: MergeOrganisationsInput,
    @Ctx() context: Context,
  ): Promise<MergeResult> {
    if (input.survivorId === input.mergedId) {
      throw badUserInput('"survivorId" and "mergedId" must name two different organisations.');
    }
    const user = editorOf(context);
    const resolutionId = mergeResolutionId(input.survivorId, input.mergedId);
    const outcome = await context.graph
      .writeTransaction(async (tx) => {
        // Both nodes locked first, in id order: a concurrent merge of the pair or
        // edit of either runs wholly before or after this one.
        await lockMergePair(tx, [input.survivorId, input.mergedId].sort() as [string, string]);
        const status = await mergeStatus(tx, {
          survivorId: input.survivorId,
          mergedId: input.mergedId,
          resolutionId,
        });
        if (status?.survivorExists && !status.mergedExists && status.alreadyMerged) {
          return { movedParticipations: 0, movedEdges: 0, alreadyMerged: true };
        }
        const unknown = [
          ...(status?.survivorExists ? [] : [input.survivorId]),
          ...(status?.mergedExists ? [] : [input.mergedId]),
        ];
        if (unknown.length > 0) {
          throw badUserInput(
            `Unknown Organisation id(s): ${unknown.map((id) => `"${id}"`).join(', ')}`,
            {
              unknownIds: unknown,
            },
          );
        }
        const provenance = await resolveProvenance(tx, input.citation, user);
        // The merged acronym becomes an alias of the survivor: its key must be free.
        const nameKeys = await claimNames(
          tx,
          { label: 'Organisation', ids: [input.survivorId, input.mergedId] },
          [status?.mergedAcronym],
        );
        const moves = await mergeOrganisations(tx, {
          ...input,
          resolutionId,
          nameKeys,
          ...provenance,
        });
        return { ...moves, alreadyMerged: false };
      })
      .catch((error: unknown) => {
        throw asConflict(
          error,
          `A name of "${input.mergedId}" was taken by another organisation meanwhile; try again.`,
        );
      });
    const survivor = (await context.loaders.organisationById.load(
      input.survivorId,
    )) as Organisation;
    const resolutions = await context.loaders.resolutionsByEntity.load(input.survivorId);
    const resolution = resolutions.find((candidate) => candidate.id === resolutionId) as Resolution;
    return { survivor, resolution, ...outcome };
  }
}
