import { Entity, OneToOne, OptionalProps, Property } from '@mikro-orm/postgresql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../user/user.entity';

export enum ResponseTimeTarget {
  WITHIN_AN_HOUR = 'WITHIN_AN_HOUR',
  WITHIN_A_FEW_HOURS = 'WITHIN_A_FEW_HOURS',
  WITHIN_A_DAY = 'WITHIN_A_DAY',
}

registerEnumType(ResponseTimeTarget, {
  name: 'ResponseTimeTarget',
  description: 'How soon a host aims to answer guests.',
  valuesConfig: {
    WITHIN_AN_HOUR: { description: 'Within an hour.' },
    WITHIN_A_FEW_HOURS: { description: 'Within a few hours.' },
    WITHIN_A_DAY: { description: 'Within a day (24 hours).' },
  },
});

/** What guests see about a host. Public. */
@Entity({ tableName: 'host_profiles' })
@ObjectType({ description: 'What guests see about a host.' })
export class HostProfile {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @OneToOne(() => User, { primary: true, deleteRule: 'cascade', owner: true })
  user!: User;

  @Property({ type: 'text' })
  @Field({ description: "Name shown on the host's listings, 1 to 80 characters." })
  displayName!: string;

  @Property({ type: 'text' })
  @Field({ description: 'What the host says about themselves, up to 2000 characters; may be empty.' })
  about!: string;

  /** ISO 639-1 codes, e.g. `en`, `sw`. */
  @Property({ type: 'text[]' })
  @Field(() => [String], { description: 'Languages the host speaks, as ISO 639-1 codes (`en`, `sw`).' })
  languages!: string[];

  @Property({ type: 'text' })
  @Field(() => ResponseTimeTarget, { description: 'How soon the host aims to answer guests.' })
  responseTimeTarget!: ResponseTimeTarget;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
