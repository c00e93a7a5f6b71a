import { Entity, EntityRepositoryType, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { newId } from '../../../platform/graphql/ids';
import { Role } from '../../../platform/graphql/role';
import { UserRepository } from './user.repository';

@Entity({ tableName: 'users', repository: () => UserRepository })
@ObjectType({ description: 'A person with a StayGraph account. Every user can book; hosts can also list places.' })
@Directive('@key(fields: "id")')
export class User {
  [EntityRepositoryType]?: UserRepository;
  [OptionalProps]?:
    | 'roles'
    | 'createdAt'
    | 'updatedAt'
    | 'emailVerifiedAt'
    | 'suspendedAt'
    | 'suspendedReason'
    | 'mfaSecret'
    | 'mfaKeyId'
    | 'mfaEnabledAt'
    | 'mfaLastUsedStep'
    | 'deletedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: "The user's permanent id." })
  id: string = newId();

  /** Stored lower-cased, so the unique index makes addresses unique case-insensitively. */
  @Property({ type: 'text' })
  @Unique({ name: 'users_email_unique' })
  email!: string;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Name shown to hosts and guests, 1 to 80 characters; public.' })
  displayName!: string;

  /** Null until the user follows the link emailed to the current address. */
  @Property({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null = null;

  @Property({ type: 'text[]' })
  roles: Role[] = [Role.GUEST];

  @Property({ type: 'timestamptz', nullable: true })
  suspendedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  suspendedReason: string | null = null;

  /** The TOTP secret, encrypted (see secret-box.ts); set at enrolment, in use once `mfaEnabledAt` is. */
  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  mfaSecret: string | null = null;

  /** Which MFA encryption key sealed `mfaSecret`; null on rows sealed before key ids, by the key `default`. */
  @Property({ type: 'text', nullable: true, hidden: true })
  mfaKeyId: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  mfaEnabledAt: Date | null = null;

  /** Last TOTP time step accepted, so a code cannot be used twice. */
  @Property({ type: 'integer', nullable: true, hidden: true })
  mfaLastUsedStep: number | null = null;

  /** Set when the user deleted the account: the row stays, erased, so references to the id still resolve. */
  @Property({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When the account was created.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
