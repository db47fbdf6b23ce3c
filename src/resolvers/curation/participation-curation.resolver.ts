import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth/role.js';
import type { Context } from '../../context.js';
import { givenProps } from '../../curation/defined-props.js';
import { resolveProvenance } from '../../curation/provenance.js';
import { badUserInput } from '../../errors.js';
import type { GraphTransaction } from '../../graph/graph-client.js';
import { lockPartnershipEnds } from '../../graph/queries/lock-partnership-ends.js';
import { participationEnds } from '../../graph/queries/participation-ends.js';
import { removeParticipation } from '../../graph/queries/remove-participation.js';
import { writeParticipation } from '../../graph/queries/write-participation.js';
import {
  ParticipationInput,
  ParticipationKeyInput,
} from '../../model/curation/participation.input.js';
import { Participation } from '../../model/participation.type.js';
import { editorOf } from './write-entity.js';

/** Why an edge edit found nothing to do: an unknown end, or the edge (not) existing. */
async function explainNoEdge(
  tx: GraphTransaction,
  key: ParticipationKeyInput,
  expectEdge: boolean,
): Promise<never> {
  const ends = await participationEnds(tx, key);
  const unknown = [
    ...(ends?.organisationExists ? [] : [`Organisation "${key.organisationId}"`]),
    ...(ends?.projectExists ? [] : [`Project "${key.projectId}"`]),
  ];
  if (unknown.length > 0) throw badUserInput(`Unknown ${unknown.join(' and ')}`);
  throw badUserInput(
    expectEdge
      ? `"${key.organisationId}" has no role "${key.role}" in "${key.projectId}"`
      : `"${key.organisationId}" already has the role "${key.role}" in "${key.projectId}"; use updateParticipation`,
  );
}

/**
 * First step of every partnership edit: write locks on the organisation and
 * the project until the transaction ends, so concurrent edits of one edge
 * (and a merge moving it) run one after the other and each sees the last
 * one's result. Explains and throws when an end is missing.
 */
async function lockEnds(tx: GraphTransaction, key: ParticipationKeyInput): Promise<void> {
  const locked = await lockPartnershipEnds(tx, {
    organisationId: key.organisationId,
    projectId: key.projectId,
  });
  if (!locked) await explainNoEdge(tx, key, true);
}

@Resolver(() => Participation)
export class ParticipationCurationResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => Participation, { description: 'Adds a partnership edge (editors only).' })
  async addParticipation(
    @Arg('input', () => ParticipationInput, { description: 'What to write.' })
    input: ParticipationInput,
    @Ctx() context: Context,
  ): Promise<Participation> {
    const user = editorOf(context);
    return context.graph.writeTransaction(async (tx) => {
      const provenance = await resolveProvenance(tx, input.citation, user);
      await lockEnds(tx, input);
      const participation = await writeParticipation(tx, 'add', {
        organisationId: input.organisationId,
        projectId: input.projectId,
        role: input.role,
        props: givenProps(input, ['task', 'note']),
        ...provenance,
      });
      return participation ?? explainNoEdge(tx, input, false);
    });
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Participation, {
    description: 'Changes the task or note of a partnership edge; null clears (editors only).',
  })
  async updateParticipation(
    @Arg('input', () => ParticipationInput, { description: 'What to write.' })
    input: ParticipationInput,
    @Ctx() context: Context,
  ): Promise<Participation> {
    const user = editorOf(context);
    return context.graph.writeTransaction(async (tx) => {
      const provenance = await resolveProvenance(tx, input.citation, user);
      await lockEnds(tx, input);
      const participation = await writeParticipation(tx, 'update', {
        organisationId: input.organisationId,
        projectId: input.projectId,
        role: input.role,
        props: givenProps(input, ['task', 'note']),
        ...provenance,
      });
      return participation ?? explainNoEdge(tx, input, true);
    });
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Boolean, {
    description: 'Removes a partnership edge; true when removed (editors only).',
  })
  async removeParticipation(
    @Arg('input', () => ParticipationKeyInput, { description: 'What to write.' })
    input: ParticipationKeyInput,
    @Ctx() context: Context,
  ): Promise<boolean> {
    return context.graph.writeTransaction(async (tx) => {
      await lockEnds(tx, input);
      if (!(await removeParticipation(tx, input))) return explainNoEdge(tx, input, true);
      return true;
    });
  }
}
