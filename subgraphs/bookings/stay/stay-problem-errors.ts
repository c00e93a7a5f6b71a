import { FieldError, ValidationError } from '../../../platform/graphql/user-error';
import type { StayProblem } from './stay-rules';
import {
  AboveMaxNightsError,
  BelowMinNightsError,
  CheckOutNotAfterCheckInError,
  DatesInPastError,
  ListingNotBookableError,
  OutsideBookingWindowError,
  TooManyGuestsError,
  type StayError,
} from './stay.errors';

/** The typed error a client gets for a broken stay rule; malformed values are a ValidationError. */
export function stayError(problem: StayProblem, root: string[]): StayError | ValidationError {
  switch (problem.code) {
    case 'NOT_BOOKABLE':
      return new ListingNotBookableError();
    case 'INVALID_DATES':
      return new ValidationError([
        new FieldError([...root, 'checkIn'], 'INVALID_FORMAT', 'Give real dates as YYYY-MM-DD.'),
      ]);
    case 'INVALID_GUESTS':
      return new ValidationError([new FieldError([...root, 'guests'], 'TOO_SMALL', 'At least one guest.')]);
    case 'CHECK_OUT_NOT_AFTER_CHECK_IN':
      return new CheckOutNotAfterCheckInError();
    case 'IN_THE_PAST':
      return new DatesInPastError(problem.today);
    case 'OUTSIDE_BOOKING_WINDOW':
      return new OutsideBookingWindowError(problem.earliestCheckIn, problem.latestCheckOut);
    case 'BELOW_MIN_NIGHTS':
      return new BelowMinNightsError(problem.minNights);
    case 'ABOVE_MAX_NIGHTS':
      return new AboveMaxNightsError(problem.maxNights);
    case 'TOO_MANY_GUESTS':
      return new TooManyGuestsError(problem.maxGuests);
  }
}
