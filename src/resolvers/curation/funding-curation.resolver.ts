import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth/role.js';
import type { Context } from '../../context.js';
import { givenProps } from '../../curation/defined-props.js';
import type { GraphTransaction } from '../../graph/graph-client.js';
import { linkFunding } from '../../graph/queries/link-funding.js';
import { lockFundingEnds } from '../../graph/queries/lock-funding-ends.js';
import { unlinkFunding } from '../../graph/queries/unlink-funding.js';
import { resolveProvenance } from '../../curation/provenance.js';
import { badUserInput } from '../../errors.js';
import { FundingLinkInput } from '../../model/curation/funding-link.input.js';
import { Funding } from '../../model/funding.type.js';
import { assertKnownIds } from '../assert-known-ids.js';
import { editorOf } from './write-entity.js';

/**
 * First step of every funding edit: write locks on the project and the
 * funding source until the transaction ends, so links and unlinks of one
 * pair run one after the other. False when either end is missing.
 */
async function lockEnds(
  tx: GraphTransaction,
  projectId: string,
  fundingSourceId: string,
): Promise<boolean> {
  return lockFundingEnds(tx, { projectId, fundingSourceId });
}

@Resolver(() => Funding)
export class FundingCurationResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => Funding, {
    description:
      'Records that a funding source pays for a project, or changes the amount (editors only).',
  })
  async linkFunding(
    @Arg('input', () => FundingLinkInput, { description: 'What to write.' })
    input: FundingLinkInput,
    @Ctx() context: Context,
  ): Promise<Funding> {
    await assertKnownIds(context.graph, 'Project', [input.projectId], 'input.projectId');
    await assertKnownIds(
      context.graph,
      'FundingSource',
      [input.fundingSourceId],
      'input.fundingSourceId',
    );
    const user = editorOf(context);
    return context.graph.writeTransaction(async (tx) => {
      const provenance = await resolveProvenance(tx, input.citation, user);
      if (!(await lockEnds(tx, input.projectId, input.fundingSourceId))) {
        throw badUserInput('The project or the funding source no longer exists.');
      }
      const funding = await linkFunding(tx, {
        projectId: input.projectId,
        fundingSourceId: input.fundingSourceId,
        props: givenProps(input, ['amountEur', 'note']),
        ...provenance,
      });
      if (!funding) throw badUserInput('The project or the funding source no longer exists.');
      return funding;
    });
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Boolean, {
    description: 'Removes a funding edge; true when removed (editors only).',
  })
  async unlinkFunding(
    @Arg('projectId', () => ID, { description: 'The project.' }) projectId: string,
    @Arg('fundingSourceId', () => ID, { description: 'The funding source.' })
    fundingSourceId: string,
    @Ctx() context: Context,
  ): Promise<boolean> {
    return context.graph.writeTransaction(async (tx) => {
      await lockEnds(tx, projectId, fundingSourceId);
      if (!(await unlinkFunding(tx, { projectId, fundingSourceId }))) {
        throw badUserInput(`"${fundingSourceId}" does not fund "${projectId}"`);
      }
      return true;
    });
  }
}
