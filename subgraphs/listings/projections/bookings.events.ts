import { z } from 'zod';
import { defineEvent } from '../../../platform/events/event-definition';

/*
 * The bookings events this subgraph consumes, declared here because subgraphs never import each
 * other. Listings defines the contract before bookings publishes it (schema/events.md); bookings'
 * own definition must keep this name, version, producer and payload.
 */

const localDate = z.iso.date();

export const ListingAvailabilityChanged = defineEvent({
  name: 'listing.availability_changed',
  version: 1,
  producer: 'bookings',
  description:
    "A full snapshot of a listing's occupied nights from today on (pending holds, confirmed stays, host blocks) as half-open local-date ranges [from, to).",
  payload: z.object({
    listingId: z.uuid(),
    sequence: z.number().int().nonnegative(),
    occupied: z.array(z.object({ from: localDate, to: localDate }).refine((range) => range.from < range.to, { message: 'from must be before to' })),
  }),
});

/** Who and what every booking event is about (bookings' definitions carry more; these are the fields read here). */
const subject = {
  bookingId: z.uuid(),
  listingId: z.uuid(),
  guestId: z.uuid(),
  hostId: z.uuid(),
  listingTitle: z.string(),
  checkIn: localDate,
  checkOut: localDate,
};
const currency = z.string().length(3);

export const BookingConfirmed = defineEvent({
  name: 'booking.confirmed',
  version: 1,
  producer: 'bookings',
  description: 'The payment for a booking succeeded: the stay is confirmed.',
  payload: z.object({ ...subject, currency, paymentId: z.uuid(), totalMinor: z.number().int().nonnegative() }),
});

export const BookingCancelled = defineEvent({
  name: 'booking.cancelled',
  version: 1,
  producer: 'bookings',
  description: 'A booking was cancelled or declined; refundMinor is what the guest gets back (0 when nothing was paid).',
  payload: z.object({
    ...subject,
    currency,
    reason: z.enum(['DECLINED', 'CANCELLED_BY_GUEST', 'CANCELLED_BY_HOST', 'CANCELLED_BY_ADMIN']),
    paymentId: z.uuid().nullable(),
    refundMinor: z.number().int().nonnegative(),
  }),
});

export const BookingCompleted = defineEvent({
  name: 'booking.completed',
  version: 1,
  producer: 'bookings',
  description: "The guest's check-out time has passed: the stay happened.",
  payload: z.object(subject),
});
