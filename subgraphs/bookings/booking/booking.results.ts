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

@ObjectType()
export class BookingCreated {
  @Field(() => Booking)
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

@ObjectType()
export class BookingChanged {
  @Field(() => Booking)
  booking: Booking;

  constructor(booking: Booking) {
    this.booking = booking;
  }
}

export const CreateBookingResult = createUnionType({
  name: 'CreateBookingResult',
  types: () => [BookingCreated, ValidationError, IdempotencyKeyReusedError, OwnListingError, ...STAY_ERRORS] as const,
});
export type CreateBookingResult =
  BookingCreated | ValidationError | IdempotencyKeyReusedError | OwnListingError | StayError;

export const ChangeBookingResult = createUnionType({
  name: 'ChangeBookingResult',
  types: () => [BookingChanged, ValidationError, BookingNotFoundError, InvalidBookingTransitionError] as const,
});
export type ChangeBookingResult =
  BookingChanged | ValidationError | BookingNotFoundError | InvalidBookingTransitionError;
