import countries from 'i18n-iso-countries';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth/role.js';
import type { Context } from '../../context.js';
import { givenProps } from '../../curation/defined-props.js';
import { assertKnownIds } from '../assert-known-ids.js';
import {
  CreateOrganisationInput,
  UpdateOrganisationInput,
} from '../../model/curation/organisation.input.js';
import { Organisation } from '../../model/organisation.type.js';
import { writableFields } from '../../model/stored-field.decorator.js';
import { writeNamedEntity } from './write-entity.js';

/** What editors may write: the stored fields the inputs carry; an update clears the optional ones with null. */
const CREATED = writableFields(Organisation, CreateOrganisationInput);
const UPDATED = writableFields(Organisation, UpdateOrganisationInput);

/** The English name of an ISO code, for a Country node made on first use. */
function countryName(code: string | null | undefined): string | null {
  return code ? (countries.getName(code, 'en') ?? code) : null;
}

@Resolver(() => Organisation)
export class OrganisationCurationResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => Organisation, { description: 'Adds an organisation (editors only).' })
  async createOrganisation(
    @Arg('input', () => CreateOrganisationInput, { description: 'What to write.' })
    input: CreateOrganisationInput,
    @Ctx() context: Context,
  ) {
    if (input.parentId)
      await assertKnownIds(context.graph, 'Organisation', [input.parentId], 'input.parentId');
    const countryCode = input.countryCode?.toUpperCase() ?? null;
    await writeNamedEntity(context, {
      label: 'Organisation',
      id: input.id,
      citation: input.citation,
      creating: true,
      claims: { label: 'Organisation', names: [input.name, ...(input.aliases ?? [])] },
      params: () => ({
        props: givenProps(input, CREATED.fields),
        aliases: input.aliases ?? [],
        countryCode,
        countryName: countryName(countryCode),
        parentId: input.parentId ?? null,
      }),
    });
    return context.loaders.organisationById.load(input.id);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Organisation, {
    description:
      'Changes an organisation; a new name keeps the old one as an alias (editors only).',
  })
  async updateOrganisation(
    @Arg('input', () => UpdateOrganisationInput, { description: 'What to write.' })
    input: UpdateOrganisationInput,
    @Ctx() context: Context,
  ) {
    const countryCode =
      input.countryCode === undefined ? undefined : (input.countryCode?.toUpperCase() ?? null);
    await writeNamedEntity(context, {
      label: 'Organisation',
      id: input.id,
      citation: input.citation,
      creating: false,
      claims: { label: 'Organisation', names: [input.name, ...(input.addAliases ?? [])] },
      params: () => ({
        name: input.name ?? null,
        props: givenProps(input, UPDATED.fields, UPDATED.clearable),
        addAliases: input.addAliases ?? [],
        changeCountry: countryCode !== undefined,
        countryCode: countryCode ?? null,
        countryName: countryName(countryCode),
      }),
    });
    context.loaders.organisationById.clear(input.id);
    return context.loaders.organisationById.load(input.id);
  }
}
