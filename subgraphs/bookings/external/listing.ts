import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The listings subgraph's Listing, known here by its key only, so bookings can add its calendar,
 * availability and bookings. A reference resolves to itself (`{ id }`); the fields look the listing
 * up in bookings' own projection.
 */
@ObjectType({ description: 'A place to stay, offered by a host.' })
@Directive('@key(fields: "id")')
export class Listing {
  @Field(() => ID, { description: "The listing's permanent id." })
  id!: string;
}
