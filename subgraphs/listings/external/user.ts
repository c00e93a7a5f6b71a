import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The accounts subgraph's User, known here by its key only, so listings can point at their host and
 * add `User.listings`. With no `__resolveReference`, a reference resolves to itself (`{ id }`).
 */
@ObjectType()
@Directive('@key(fields: "id")')
export class User {
  @Field(() => ID)
  id!: string;
}
