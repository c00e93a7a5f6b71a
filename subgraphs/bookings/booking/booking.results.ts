import { createUnionType, Field, ObjectType } from 'type-graphql';
import { ValidationError } from '../../../platform/graphql/user-error';
import { STAY_ERRORS, type StayError } from '../stay/stay.errors';
import { Booking } from './booking.entity';
import {
  BookingNotFoundError,
  IdempotencyKeyReusedError,
  InvalidBookingTransitionError,
  OwnListingError,
} from './booking.errors';

@ObjectType({ description: 'The booking is made (or was made by an earlier try with the same idempotency key).' })
export class BookingCreated {
  @Field(() => Booking, { description: 'The booking: PENDING when just made, awaiting the host or payment.' })
  booking: Booking;

  @Field({
    description:
      'True when this answers a retry: the booking was made by an earlier request with the same idempotency key.',
  })
  replayed: boolean;

  constructor(booking: Booking, replayed: boolean) {
    this.booking = booking;
    this.replayed = replayed;
  }
}

@ObjectType({ description: 'The booking moved on: accepted, declined or cancelled.' })
export class BookingChanged {
  @Field(() => Booking, { description: 'The booking as it is now.' })
  booking: Booking;

  constructor(booking: Booking) {
    this.booking = booking;
  }
}

export const CreateBookingResult = createUnionType({
  name: 'CreateBookingResult',
  description: 'The result of `createBooking`: the booking, or why the stay cannot be booked.',
  types: () => [BookingCreated, ValidationError, IdempotencyKeyReusedError, OwnListingError, ...STAY_ERRORS] as const,
});
export type CreateBookingResult =
  BookingCreated | ValidationError | IdempotencyKeyReusedError | OwnListingError | StayError;

export const ChangeBookingResult = createUnionType({
  name: 'ChangeBookingResult',
  description: 'The result of `acceptBooking`, `declineBooking` and `cancelBooking`: the changed booking, or why not.',
  types: () => [BookingChanged, ValidationError, BookingNotFoundError, InvalidBookingTransitionError] as const,
});
export type ChangeBookingResult =
  BookingChanged | ValidationError | BookingNotFoundError | InvalidBookingTransitionError;
