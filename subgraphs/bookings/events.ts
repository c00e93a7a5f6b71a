import { z } from 'zod';
import { defineEvent } from '../../platform/events/event-definition';
import { Awaiting, BookingEndReason } from './booking/booking.enums';

const localDate = z.iso.date();

export const ListingAvailabilityChanged = defineEvent({
  name: 'listing.availability_changed',
  version: 1,
  producer: 'bookings',
  description:
    "A listing's occupancy changed. Carries the full snapshot of its occupied [from, to) local-date ranges from today on; keep the highest sequence per listing.",
  payload: z.object({
    listingId: z.uuid(),
    sequence: z.number().int().positive(),
    occupied: z.array(z.object({ from: localDate, to: localDate })),
  }),
});

/** Who and what a booking concerns: every booking event carries it, so consumers (notifications) need no lookup. */
const subject = {
  bookingId: z.uuid(),
  listingId: z.uuid(),
  guestId: z.uuid(),
  hostId: z.uuid(),
  listingTitle: z.string(),
  checkIn: localDate,
  checkOut: localDate,
};

export const BookingRequested = defineEvent({
  name: 'booking.requested',
  version: 1,
  producer: 'bookings',
  description: 'A guest booked: the nights are held while the booking awaits the host (request to book) or the payment (instant book).',
  payload: z.object({
    ...subject,
    guests: z.number().int().positive(),
    awaiting: z.enum(Awaiting),
    totalMinor: z.number().int().nonnegative(),
    currency: z.string().length(3),
    holdExpiresAt: z.iso.datetime(),
  }),
});

export const BookingAccepted = defineEvent({
  name: 'booking.accepted',
  version: 1,
  producer: 'bookings',
  description: 'The host accepted a booking request: it now awaits the payment until holdExpiresAt.',
  payload: z.object({ ...subject, totalMinor: z.number().int().nonnegative(), currency: z.string().length(3), holdExpiresAt: z.iso.datetime() }),
});

export const BookingConfirmed = defineEvent({
  name: 'booking.confirmed',
  version: 1,
  producer: 'bookings',
  description: 'The payment for a booking succeeded: the stay is confirmed.',
  payload: z.object({ ...subject, paymentId: z.uuid(), totalMinor: z.number().int().nonnegative(), currency: z.string().length(3) }),
});

export const BookingCancelled = defineEvent({
  name: 'booking.cancelled',
  version: 1,
  producer: 'bookings',
  description:
    'A booking was cancelled by its guest, host or an admin (or because its guest or host was suspended), or declined by the host; its nights are free again. refundMinor is what payments returns to the guest (0 when nothing was paid).',
  payload: z.object({
    ...subject,
    reason: z.enum([BookingEndReason.DECLINED, BookingEndReason.CANCELLED_BY_GUEST, BookingEndReason.CANCELLED_BY_HOST, BookingEndReason.CANCELLED_BY_ADMIN]),
    paymentId: z.uuid().nullable(),
    refundMinor: z.number().int().nonnegative(),
    currency: z.string().length(3),
  }),
});

export const BookingExpired = defineEvent({
  name: 'booking.expired',
  version: 1,
  producer: 'bookings',
  description: 'A pending booking was not answered by the host or not paid in time: it is cancelled and its nights are free again.',
  payload: z.object({ ...subject, awaited: z.enum(Awaiting) }),
});

export const BookingCompleted = defineEvent({
  name: 'booking.completed',
  version: 1,
  producer: 'bookings',
  description: "The guest's check-out time has passed: the stay happened (reviews may open).",
  payload: z.object(subject),
});

export const BOOKINGS_EVENTS = [
  ListingAvailabilityChanged,
  BookingRequested,
  BookingAccepted,
  BookingConfirmed,
  BookingCancelled,
  BookingExpired,
  BookingCompleted,
];
