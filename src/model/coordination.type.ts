import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An organisation coordinates a policy area, in a role, for a period.' })
export class Coordination {
  @Field(() => String, { description: 'coordinator, co-coordinator or acting coordinator.' })
  role!: string;

  @Field(() => String, { nullable: true, description: 'Since when (ISO date), where stated.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Until when (ISO date), where stated.' })
  until?: string | null;

  organisationId!: string;
  policyAreaId!: string;
  citations!: string[];
}
