import { Entity, EntityRepositoryType, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { newId } from '../../kernel/ids';
import { Role } from '../../kernel/role';
import { UserRepository } from './user.repository';

@Entity({ tableName: 'users', repository: () => UserRepository })
@ObjectType({ description: 'A person with a StayGraph account. Every user can book; hosts can also list places.' })
@Directive('@key(fields: "id")')
export class User {
  [EntityRepositoryType]?: UserRepository;
  [OptionalProps]?: 'roles' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = newId();

  /** Stored lower-cased, so the unique index makes addresses unique case-insensitively. */
  @Property({ type: 'text' })
  @Unique({ name: 'users_email_unique' })
  email!: string;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'text' })
  @Field()
  displayName!: string;

  @Property({ type: 'text[]' })
  roles: Role[] = [Role.GUEST];

  @Property({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime)
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
