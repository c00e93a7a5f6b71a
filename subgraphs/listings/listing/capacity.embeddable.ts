import { Embeddable, Property } from '@mikro-orm/postgresql';
import { Field, Float, Int, ObjectType } from 'type-graphql';

@Embeddable()
@ObjectType({ description: 'How many people the place sleeps, and in what.' })
export class Capacity {
  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Most guests allowed, at least 1.' })
  guests!: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '0 for a studio.' })
  bedrooms!: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Beds of any size, at least 1.' })
  beds!: number;

  @Property({ type: 'double' })
  @Field(() => Float, { description: 'In halves: 1.5 is a full bathroom and a toilet.' })
  bathrooms!: number;
}
