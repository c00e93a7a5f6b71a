import { ACCOUNTS_EVENTS } from './accounts';
import { BOOKINGS_EVENTS } from './bookings';
import { LISTINGS_EVENTS } from './listings';
import { PAYMENTS_EVENTS } from './payments';
import { REVIEWS_EVENTS } from './reviews';

/** Every event contract, grouped by producing domain (the order schema/events.md lists them in). */
export const EVENT_CONTRACTS = [
  ...ACCOUNTS_EVENTS,
  ...LISTINGS_EVENTS,
  ...BOOKINGS_EVENTS,
  ...PAYMENTS_EVENTS,
  ...REVIEWS_EVENTS,
];
