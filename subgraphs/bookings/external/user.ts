import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The accounts subgraph's User, known here by its key only: a booking's guest and host, and `User.bookings`. */
@ObjectType()
@Directive('@key(fields: "id")')
export class User {
  @Field(() => ID)
  id!: string;
}
