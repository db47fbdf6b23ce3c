import { Field, Float, ObjectType } from 'type-graphql';
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

  @Field(() => Float, {
    nullable: true,
    description: "The EU's contribution to this participant, in euros (CORDIS ecContribution).",
  })
  ecContributionEur?: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The EU contribution net of what the participant passes on to others, in euros (CORDIS netEcContribution).',
  })
  netEcContributionEur?: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "The participant's total eligible cost in euros; null when not reported. CORDIS writes 0 " +
      'for "not reported": it is imported as null, never as 0.',
  })
  totalCostEur?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the participant took part as a small or medium-sized enterprise (CORDIS SME).',
  })
  sme?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True when the participant left the project before its end (CORDIS endOfParticipation).',
  })
  endOfParticipation?: boolean | null;

  /** "source-id:lines" strings, resolved to `sources`. */
  citations!: string[];

  organisationId!: string;
  projectId!: string;

  /** The organisation's properties, when the statement that loaded the edge brought them. */
  organisationNode?: Organisation | null;
  /** The project's properties, when the statement that loaded the edge brought them. */
  projectNode?: Project | null;
}
