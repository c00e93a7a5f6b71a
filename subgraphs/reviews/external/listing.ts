import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The listings subgraph's Listing, known here by its key only, so reviews can add its reviews and rating. */
@ObjectType({ description: 'A place to stay, offered by a host.' })
@Directive('@key(fields: "id")')
export class Listing {
  @Field(() => ID, { description: "The listing's permanent id." })
  id!: string;
}
