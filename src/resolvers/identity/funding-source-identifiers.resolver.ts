import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { FundingSource } from '../../model/funding-source.type.js';
import { Identifier } from '../../model/identifier.type.js';

/** A funder's external identifiers, as an organisation's (one owner per identifier). */
@Resolver(() => FundingSource)
export class FundingSourceIdentifiersResolver {
  @FieldResolver(() => [Identifier], {
    description: 'Its external identifiers (PIC, ROR, Wikidata, VAT, programme ids).',
  })
  identifiers(@Root() fundingSource: FundingSource, @Ctx() { loaders }: Context) {
    return loaders.identifiersOfFundingSource.load(fundingSource.id);
  }
}
