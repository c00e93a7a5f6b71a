import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The accounts subgraph's User, known here by its key only: review authors, `reviewsAbout`, `pendingReviews`. */
@ObjectType({ description: 'A person with a StayGraph account. Every user can book; hosts can also list places.' })
@Directive('@key(fields: "id")')
export class User {
  @Field(() => ID, { description: "The user's permanent id." })
  id!: string;
}
