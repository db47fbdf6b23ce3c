import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth/role.js';
import type { Context } from '../../context.js';
import { givenProps } from '../../curation/defined-props.js';
import {
  CreateFundingSourceInput,
  UpdateFundingSourceInput,
} from '../../model/curation/funding-source.input.js';
import { FundingSource } from '../../model/funding-source.type.js';
import { writableFields } from '../../model/stored-field.decorator.js';
import { writeNamedEntity } from './write-entity.js';

/** What editors may write: the stored fields the inputs carry; an update clears the optional ones with null. */
const CREATED = writableFields(FundingSource, CreateFundingSourceInput);
const UPDATED = writableFields(FundingSource, UpdateFundingSourceInput);

@Resolver(() => FundingSource)
export class FundingSourceCurationResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => FundingSource, { description: 'Adds a funding source (editors only).' })
  async createFundingSource(
    @Arg('input', () => CreateFundingSourceInput, { description: 'What to write.' })
    input: CreateFundingSourceInput,
    @Ctx() context: Context,
  ) {
    await writeNamedEntity(context, {
      label: 'FundingSource',
      id: input.id,
      citation: input.citation,
      creating: true,
      claims: { label: 'FundingSource', names: [input.name, ...(input.aliases ?? [])] },
      params: () => ({
        props: givenProps(input, CREATED.fields),
        aliases: input.aliases ?? [],
      }),
    });
    return context.loaders.fundingSourceById.load(input.id);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => FundingSource, {
    description:
      'Changes a funding source; a new name keeps the old one as an alias (editors only).',
  })
  async updateFundingSource(
    @Arg('input', () => UpdateFundingSourceInput, { description: 'What to write.' })
    input: UpdateFundingSourceInput,
    @Ctx() context: Context,
  ) {
    await writeNamedEntity(context, {
      label: 'FundingSource',
      id: input.id,
      citation: input.citation,
      creating: false,
      claims: { label: 'FundingSource', names: [input.name, ...(input.addAliases ?? [])] },
      params: () => ({
        name: input.name ?? null,
        props: givenProps(input, UPDATED.fields, UPDATED.clearable),
        addAliases: input.addAliases ?? [],
      }),
    });
    context.loaders.fundingSourceById.clear(input.id);
    return context.loaders.fundingSourceById.load(input.id);
  }
}
