import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../../platform/graphql/user-error';
import { BookingStatus } from './booking.enums';

@ObjectType({
  implements: UserError,
  description: "No booking you may act on has this id (others' bookings are reported the same way).",
})
export class BookingNotFoundError implements UserError {
  @Field()
  readonly code: string = 'BOOKING.BOOKING_NOT_FOUND';

  @Field()
  message: string = 'You have no booking with this id.';
}

@ObjectType({
  implements: UserError,
  description: 'The booking is not in a state this step applies to, e.g. accepting a confirmed booking.',
})
export class InvalidBookingTransitionError implements UserError {
  @Field()
  readonly code: string = 'BOOKING.INVALID_TRANSITION';

  @Field()
  message: string;

  @Field(() => BookingStatus, { description: 'The status the booking is in now.' })
  status: BookingStatus;

  constructor(status: BookingStatus, action: string) {
    this.status = status;
    this.message = `A ${status.toLowerCase()} booking cannot be ${action}.`;
  }
}

@ObjectType({
  implements: UserError,
  description: 'This idempotency key was already used for a different booking request.',
})
export class IdempotencyKeyReusedError implements UserError {
  @Field()
  readonly code: string = 'BOOKING.IDEMPOTENCY_KEY_REUSED';

  @Field()
  message: string = 'This idempotency key belongs to another booking request: use a new key for a new request.';
}

@ObjectType({ implements: UserError, description: 'Returned by `createBooking` when you host the listing yourself.' })
export class OwnListingError implements UserError {
  @Field()
  readonly code: string = 'BOOKING.OWN_LISTING';

  @Field()
  message: string = 'You cannot book your own listing.';
}
