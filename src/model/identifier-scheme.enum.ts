import { registerEnumType } from 'type-graphql';
import { IdentifierScheme } from '../domain/identifier-scheme.js';

registerEnumType(IdentifierScheme, {
  name: 'IdentifierScheme',
  description: 'The registry an external identifier comes from.',
});

export { IdentifierScheme };
