import { isLocalDate } from '../../../platform/graphql/scalars/local-date';
import { addDays, nightsBetween, todayIn } from './local-dates';

/** What a stay request is checked against: the listing's terms and its calendar settings. */
export interface StayTerms {
  bookable: boolean;
  timeZone: string;
  maxGuests: number;
  minNights: number;
  maxNights: number;
  advanceNoticeDays: number;
  bookingWindowDays: number;
}

export interface StayRequest {
  checkIn: string;
  checkOut: string;
  guests: number;
}

export type StayProblem =
  | { code: 'NOT_BOOKABLE' }
  | { code: 'INVALID_DATES' }
  | { code: 'CHECK_OUT_NOT_AFTER_CHECK_IN' }
  | { code: 'IN_THE_PAST'; today: string }
  | { code: 'OUTSIDE_BOOKING_WINDOW'; earliestCheckIn: string; latestCheckOut: string }
  | { code: 'BELOW_MIN_NIGHTS'; minNights: number }
  | { code: 'ABOVE_MAX_NIGHTS'; maxNights: number }
  | { code: 'INVALID_GUESTS' }
  | { code: 'TOO_MANY_GUESTS'; maxGuests: number };

/**
 * The first rule a stay breaks, or null. "Today" is the date where the listing is: a check-in
 * needs `advanceNoticeDays` of notice, and the last night must fall within `bookingWindowDays`.
 */
export function stayProblem(terms: StayTerms, stay: StayRequest, now: Date): StayProblem | null {
  if (!terms.bookable) return { code: 'NOT_BOOKABLE' };
  if (!isLocalDate(stay.checkIn) || !isLocalDate(stay.checkOut)) return { code: 'INVALID_DATES' };
  if (stay.checkOut <= stay.checkIn) return { code: 'CHECK_OUT_NOT_AFTER_CHECK_IN' };
  const today = todayIn(terms.timeZone, now);
  if (stay.checkIn < today) return { code: 'IN_THE_PAST', today };
  const earliestCheckIn = addDays(today, terms.advanceNoticeDays);
  const latestCheckOut = addDays(today, terms.bookingWindowDays);
  if (stay.checkIn < earliestCheckIn || stay.checkOut > latestCheckOut)
    return { code: 'OUTSIDE_BOOKING_WINDOW', earliestCheckIn, latestCheckOut };
  const nights = nightsBetween(stay.checkIn, stay.checkOut);
  if (nights < terms.minNights) return { code: 'BELOW_MIN_NIGHTS', minNights: terms.minNights };
  if (nights > terms.maxNights) return { code: 'ABOVE_MAX_NIGHTS', maxNights: terms.maxNights };
  if (!Number.isInteger(stay.guests) || stay.guests < 1) return { code: 'INVALID_GUESTS' };
  if (stay.guests > terms.maxGuests) return { code: 'TOO_MANY_GUESTS', maxGuests: terms.maxGuests };
  return null;
}
