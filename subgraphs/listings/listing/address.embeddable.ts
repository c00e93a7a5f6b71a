import { Embeddable, Property } from '@mikro-orm/postgresql';
import { Field, ObjectType } from 'type-graphql';

@Embeddable()
@ObjectType({ description: 'Where the place is.' })
export class Address {
  @Property({ type: 'text' })
  @Field(() => String, { nullable: true, description: 'Shown to the host and admins only; null for everyone else.' })
  street!: string;

  @Property({ type: 'text' })
  @Field({ description: 'City, town or village; public.' })
  city!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'State, province or county, where the country has them.' })
  region!: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Shown to the host and admins only; null for everyone else.' })
  postalCode!: string | null;

  @Property({ type: 'text' })
  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. KE.' })
  country!: string;
}
