import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The bookings subgraph's Booking, known here by its key only; payments adds `Booking.payment`. */
@ObjectType({
  description: "A guest's reservation of a listing. Visible to the guest, the listing's host and admins only.",
})
@Directive('@key(fields: "id")')
export class Booking {
  @Field(() => ID, { description: "The booking's permanent id." })
  id!: string;
}
