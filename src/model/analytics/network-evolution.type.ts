import { Field, Int, ObjectType } from 'type-graphql';
import { EvolutionPeriod } from './evolution-period.type.js';

@ObjectType({ description: 'How a co-partnership network changed, period by period.' })
export class NetworkEvolution {
  @Field(() => [EvolutionPeriod], { description: 'Periods, earliest first (the latest 100).' })
  periods!: EvolutionPeriod[];

  @Field(() => Int, { description: 'Earlier periods left out beyond the latest 100.' })
  omittedPeriods!: number;

  @Field(() => Int, { description: 'Projects without a start year, in no period.' })
  undatedProjects!: number;
}
