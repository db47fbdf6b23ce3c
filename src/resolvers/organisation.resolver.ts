import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Country } from '../model/country.type.js';
import { Organisation } from '../model/organisation.type.js';
import { Participation } from '../model/participation.type.js';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, {
    nullable: true,
    description: 'One organisation by id; null when unknown.',
  })
  organisation(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.organisationById.load(id);
  }

  @FieldResolver(() => Country, { nullable: true, description: 'Where the organisation is based.' })
  country(@Root() organisation: Organisation, @Ctx() { loaders }: Context) {
    return organisation.countryCode ? loaders.countryByCode.load(organisation.countryCode) : null;
  }

  @FieldResolver(() => [Participation], {
    description: 'The projects this organisation takes part in, with its role in each.',
  })
  participations(@Root() organisation: Organisation, @Ctx() { loaders }: Context) {
    return loaders.participationsByOrganisation.load(organisation.id);
  }
}
