import { registerEnumType } from 'type-graphql';
import { OrganisationKind } from '../domain/organisation-kind.js';

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'What sort of body an organisation is.',
});

export { OrganisationKind };
