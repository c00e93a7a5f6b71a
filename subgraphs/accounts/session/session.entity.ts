import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { newId } from '../../../platform/graphql/ids';
import { User } from '../user/user.entity';

/** One signed-in device: a family of refresh tokens, each replacing the one before. */
@Entity({ tableName: 'sessions' })
@ObjectType({ description: 'A device or browser where you are signed in.' })
export class Session {
  [OptionalProps]?: 'createdAt' | 'lastUsedAt' | 'revokedAt' | 'revokedReason';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The session, for `revokeSession`.' })
  id: string = newId();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  @Index({ name: 'sessions_user_id_index' })
  user!: User;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The browser or app, as it described itself.' })
  userAgent!: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Address the session was last used from.' })
  ip!: string | null;

  @Property({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When you signed in on this device.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When the session last got new tokens (sign-in or refresh).' })
  lastUsedAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  revokedReason: string | null = null;
}
