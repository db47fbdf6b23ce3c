import { registerEnumType } from 'type-graphql';
import { ParticipationRole } from '../domain/participation-role.js';

registerEnumType(ParticipationRole, {
  name: 'ParticipationRole',
  description: 'The role an organisation plays in a project.',
});

export { ParticipationRole };
