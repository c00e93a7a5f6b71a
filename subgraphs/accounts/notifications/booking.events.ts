import { z } from 'zod';
import { defineEvent } from '../../../platform/events/event-definition';

/*
 * The bookings events accounts turns into emails, declared again here because subgraphs never
 * import each other: name, version, producer and payload must stay identical to bookings' own
 * definitions (schema/events.md is the contract; test/event-catalog.test.ts compares them).
 */

const localDate = z.iso.date();
const awaiting = z.enum(['HOST', 'PAYMENT']);
const money = { currency: z.string().length(3) };

/** Who and what every booking event is about. */
const subject = {
  bookingId: z.uuid(),
  listingId: z.uuid(),
  guestId: z.uuid(),
  hostId: z.uuid(),
  listingTitle: z.string(),
  checkIn: localDate,
  checkOut: localDate,
};

export type BookingSubject = z.output<z.ZodObject<typeof subject>>;

export const BookingRequested = defineEvent({
  name: 'booking.requested',
  version: 1,
  producer: 'bookings',
  description: 'A guest booked: the nights are held while the booking awaits the host (request to book) or the payment (instant book).',
  payload: z.object({ ...subject, ...money, guests: z.number().int().positive(), awaiting, totalMinor: z.number().int().nonnegative(), holdExpiresAt: z.iso.datetime() }),
});

export const BookingAccepted = defineEvent({
  name: 'booking.accepted',
  version: 1,
  producer: 'bookings',
  description: 'The host accepted a booking request: it now awaits the payment until holdExpiresAt.',
  payload: z.object({ ...subject, ...money, totalMinor: z.number().int().nonnegative(), holdExpiresAt: z.iso.datetime() }),
});

export const BookingConfirmed = defineEvent({
  name: 'booking.confirmed',
  version: 1,
  producer: 'bookings',
  description: 'The payment for a booking succeeded: the stay is confirmed.',
  payload: z.object({ ...subject, ...money, paymentId: z.uuid(), totalMinor: z.number().int().nonnegative() }),
});

export const BookingCancelled = defineEvent({
  name: 'booking.cancelled',
  version: 1,
  producer: 'bookings',
  description: 'A booking was cancelled or declined; refundMinor is what the guest gets back (0 when nothing was paid).',
  payload: z.object({
    ...subject,
    ...money,
    reason: z.enum(['DECLINED', 'CANCELLED_BY_GUEST', 'CANCELLED_BY_HOST', 'CANCELLED_BY_ADMIN']),
    paymentId: z.uuid().nullable(),
    refundMinor: z.number().int().nonnegative(),
  }),
});

export const BookingExpired = defineEvent({
  name: 'booking.expired',
  version: 1,
  producer: 'bookings',
  description: 'A pending booking was not answered by the host or not paid in time: it is cancelled and its nights are free again.',
  payload: z.object({ ...subject, awaited: awaiting }),
});

export const BookingCompleted = defineEvent({
  name: 'booking.completed',
  version: 1,
  producer: 'bookings',
  description: "The guest's check-out time has passed: the stay happened.",
  payload: z.object(subject),
});
