import { GraphQLLocalDate } from '../../../platform/graphql/scalars/local-date';
import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../../platform/graphql/user-error';

@ObjectType({
  implements: UserError,
  description: 'Some of these nights are taken (booked, held for another guest or blocked by the host).',
})
export class DatesUnavailableError implements UserError {
  @Field()
  readonly code: string = 'BOOKING.DATES_UNAVAILABLE';

  @Field()
  message: string = 'Some of these dates are not available.';
}

@ObjectType({ implements: UserError, description: 'There is no listing with this id on the market.' })
export class ListingNotBookableError implements UserError {
  @Field()
  readonly code: string = 'BOOKING.LISTING_NOT_BOOKABLE';

  @Field()
  message: string = 'This listing cannot be booked.';
}

@ObjectType({ implements: UserError, description: 'Returned when check-out is not after check-in.' })
export class CheckOutNotAfterCheckInError implements UserError {
  @Field()
  readonly code: string = 'BOOKING.CHECK_OUT_NOT_AFTER_CHECK_IN';

  @Field()
  message: string = 'Check-out must be after check-in.';
}

@ObjectType({ implements: UserError, description: 'Check-in is before today where the listing is.' })
export class DatesInPastError implements UserError {
  @Field()
  readonly code: string = 'BOOKING.DATES_IN_PAST';

  @Field()
  message: string = 'Check-in has already passed.';

  @Field(() => GraphQLLocalDate, { description: "Today in the listing's time zone." })
  today: string;

  constructor(today: string) {
    this.today = today;
  }
}

@ObjectType({
  implements: UserError,
  description: "Check-in is sooner than the host's advance notice, or check-out later than the booking window.",
})
export class OutsideBookingWindowError implements UserError {
  @Field()
  readonly code: string = 'BOOKING.OUTSIDE_BOOKING_WINDOW';

  @Field()
  message: string;

  @Field(() => GraphQLLocalDate, { description: "Earliest check-in a guest can book now, in the listing's time zone." })
  earliestCheckIn: string;

  @Field(() => GraphQLLocalDate, { description: "Latest check-out a guest can book now, in the listing's time zone." })
  latestCheckOut: string;

  constructor(earliestCheckIn: string, latestCheckOut: string) {
    this.earliestCheckIn = earliestCheckIn;
    this.latestCheckOut = latestCheckOut;
    this.message = `Check in on ${earliestCheckIn} or later, and check out by ${latestCheckOut}.`;
  }
}

@ObjectType({ implements: UserError, description: "Returned when the stay is shorter than the listing's minimum." })
export class BelowMinNightsError implements UserError {
  @Field()
  readonly code: string = 'BOOKING.BELOW_MIN_NIGHTS';

  @Field()
  message: string;

  @Field(() => Int, { description: 'Fewest nights the listing accepts.' })
  minNights: number;

  constructor(minNights: number) {
    this.minNights = minNights;
    this.message = `Stay at least ${minNights} nights.`;
  }
}

@ObjectType({ implements: UserError, description: "Returned when the stay is longer than the listing's maximum." })
export class AboveMaxNightsError implements UserError {
  @Field()
  readonly code: string = 'BOOKING.ABOVE_MAX_NIGHTS';

  @Field()
  message: string;

  @Field(() => Int, { description: 'Most nights the listing accepts.' })
  maxNights: number;

  constructor(maxNights: number) {
    this.maxNights = maxNights;
    this.message = `Stay at most ${maxNights} nights.`;
  }
}

@ObjectType({ implements: UserError, description: 'Returned when more guests are asked for than the place sleeps.' })
export class TooManyGuestsError implements UserError {
  @Field()
  readonly code: string = 'BOOKING.TOO_MANY_GUESTS';

  @Field()
  message: string;

  @Field(() => Int, { description: 'Most guests the listing allows.' })
  maxGuests: number;

  constructor(maxGuests: number) {
    this.maxGuests = maxGuests;
    this.message = `This place sleeps at most ${maxGuests} guests.`;
  }
}

/** Every reason a stay cannot be quoted or booked. */
export const STAY_ERRORS = [
  ListingNotBookableError,
  DatesUnavailableError,
  CheckOutNotAfterCheckInError,
  DatesInPastError,
  OutsideBookingWindowError,
  BelowMinNightsError,
  AboveMaxNightsError,
  TooManyGuestsError,
] as const;

export type StayError = InstanceType<(typeof STAY_ERRORS)[number]>;
