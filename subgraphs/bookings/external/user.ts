import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The accounts subgraph's User, known here by its key only: a booking's guest and host, and `User.bookings`. */
@ObjectType({ description: 'A person with a StayGraph account. Every user can book; hosts can also list places.' })
@Directive('@key(fields: "id")')
export class User {
  @Field(() => ID, { description: "The user's permanent id." })
  id!: string;
}
