import type { Project } from './project.type.js';
import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'A funding edge: a funding source pays for a project or a policy area.',
})
export class Funding {
  @Field(() => Float, { nullable: true, description: 'Amount in euros, where stated.' })
  amountEur?: number | null;

  @Field(() => String, { nullable: true, description: 'How the source words the funding.' })
  note?: string | null;

  fundingSourceId!: string;
  projectId?: string | null;
  /** The project's properties, when the statement that loaded the edge brought them. */
  projectNode?: Project | null;
  policyAreaId?: string | null;
  citations!: string[];
}
