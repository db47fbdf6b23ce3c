import { Field, Int, ObjectType } from 'type-graphql';
import { Organisation } from '../organisation.type.js';
import { Resolution } from '../resolution.type.js';

@ObjectType({ description: 'What a merge did.' })
export class MergeResult {
  @Field(() => Organisation, {
    description: 'The organisation that stays, with everything moved to it.',
  })
  survivor!: Organisation;

  @Field(() => Resolution, {
    description: 'The recorded decision: names merged, reason, who and when.',
  })
  resolution!: Resolution;

  @Field(() => Int, { description: 'Partnership edges moved (0 on a repeated request).' })
  movedParticipations!: number;

  @Field(() => Int, { description: 'Other edges moved: units, people, memberships, provenance …' })
  movedEdges!: number;

  @Field(() => Boolean, { description: 'True when the merge had already been done (a retry).' })
  alreadyMerged!: boolean;
}
