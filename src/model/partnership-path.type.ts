import { Field, Int, ObjectType } from 'type-graphql';
import { Organisation } from './organisation.type.js';
import { ParticipationRole } from './participation-role.enum.js';
import { Project } from './project.type.js';

@ObjectType({ description: 'One hop: two organisations that take part in the same project.' })
export class PathStep {
  @Field(() => Organisation, { description: 'Where the hop starts.' })
  from!: Organisation;

  @Field(() => ParticipationRole, { description: 'Role of `from` in the project.' })
  fromRole!: ParticipationRole;

  @Field(() => Project, { description: 'The project both take part in.' })
  project!: Project;

  @Field(() => ParticipationRole, { description: 'Role of `to` in the project.' })
  toRole!: ParticipationRole;

  @Field(() => Organisation, { description: 'Where the hop ends.' })
  to!: Organisation;
}

@ObjectType({
  description:
    'The shortest chain organisation → project → organisation → … between two organisations.',
})
export class PartnershipPath {
  @Field(() => Int, { description: 'Number of hops (projects on the chain).' })
  hops!: number;

  @Field(() => [PathStep], { description: 'The hops, in order from the first organisation.' })
  steps!: PathStep[];

  @Field(() => [Organisation], { description: 'The organisations on the chain, in order.' })
  organisations!: Organisation[];

  @Field(() => [Project], { description: 'The projects on the chain, in order.' })
  projects!: Project[];
}
