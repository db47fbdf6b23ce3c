import { registerEnumType } from 'type-graphql';
import { ProjectKind } from '../domain/project-kind.js';

registerEnumType(ProjectKind, {
  name: 'ProjectKind',
  description: 'What sort of undertaking a project is.',
});

export { ProjectKind };
