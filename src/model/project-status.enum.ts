import { registerEnumType } from 'type-graphql';
import { ProjectStatus } from '../domain/project-status.js';

registerEnumType(ProjectStatus, {
  name: 'ProjectStatus',
  description: 'Where a project stands in its life.',
});

export { ProjectStatus };
