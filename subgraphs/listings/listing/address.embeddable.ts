import { Embeddable, Property } from '@mikro-orm/postgresql';
import { Field, ObjectType } from 'type-graphql';

@Embeddable()
@ObjectType({ description: 'Where the place is.' })
export class Address {
  @Property({ type: 'text' })
  @Field()
  street!: string;

  @Property({ type: 'text' })
  @Field()
  city!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'State, province or county, where the country has them.' })
  region!: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  postalCode!: string | null;

  @Property({ type: 'text' })
  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. KE.' })
  country!: string;
}
