import { Field, ObjectType } from 'type-graphql';
import type { Organisation } from './organisation.type.js';
import type { Project } from './project.type.js';
import { ParticipationRole } from './participation-role.enum.js';

@ObjectType({
  description:
    'The partnership edge: an organisation takes part in a project in a role. ' +
    'Two organisations are partners when they take part in the same project.',
})
export class Participation {
  @Field(() => ParticipationRole, { description: 'Coordinator, lead partner, partner …' })
  role!: ParticipationRole;

  @Field(() => String, { nullable: true, description: 'The task or work area, where stated.' })
  task?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A qualification, e.g. the unit that took part.',
  })
  note?: string | null;

  /** "source-id:lines" strings, resolved to `sources`. */
  citations!: string[];

  organisationId!: string;
  projectId!: string;

  /** The organisation's properties, when the statement that loaded the edge brought them. */
  organisationNode?: Organisation | null;
  /** The project's properties, when the statement that loaded the edge brought them. */
  projectNode?: Project | null;
}
