import { z } from 'zod';
import { Awaiting, BookingEndReason } from '../enums/bookings';
import { defineEvent } from './event';
import { exportPartReady } from './data-export';

const localDate = z.iso.date();
const currency = z.string().length(3).describe('ISO 4217 code of the booking currency');
const holdExpiresAt = z.iso.datetime();

export const ListingAvailabilityChanged = defineEvent({
  name: 'listing.availability_changed',
  version: 1,
  producer: 'bookings',
  description:
    "A listing's occupancy changed. Carries the full snapshot of its occupied [from, to) local-date ranges from today on; keep the highest sequence per listing.",
  payload: z.object({
    listingId: z.uuid().describe('the listing'),
    sequence: z
      .number()
      .int()
      .positive()
      .describe(
        "per listing, strictly increasing: the calendar's version; a snapshot not newer than the one kept changes nothing",
      ),
    occupied: z
      .array(
        z
          .object({ from: localDate, to: localDate })
          .refine((range) => range.from < range.to, { message: 'from must be before to' }),
      )
      .describe(
        "local dates YYYY-MM-DD, half-open [from, to) (from before to), from today in the listing's time zone: pending holds, confirmed stays and host blocks; sorted, overlapping and touching ranges merged",
      ),
  }),
});

/** Who and what a booking concerns: every booking event carries it, so consumers (notifications) need no lookup. */
const subject = {
  bookingId: z.uuid().describe('the booking'),
  listingId: z.uuid().describe('the booked listing'),
  guestId: z.uuid().describe('the guest who booked'),
  hostId: z.uuid().describe("the listing's host"),
  listingTitle: z.string().describe("the listing's title when booked"),
  checkIn: localDate.describe("local date YYYY-MM-DD of arrival, in the listing's time zone"),
  checkOut: localDate.describe('local date YYYY-MM-DD of departure: the stay is the nights [checkIn, checkOut)'),
};

export type BookingSubject = z.output<z.ZodObject<typeof subject>>;

export const BookingRequested = defineEvent({
  name: 'booking.requested',
  version: 1,
  producer: 'bookings',
  description:
    'A guest booked: the nights are held while the booking awaits the host (request to book) or the payment (instant book).',
  payload: z.object({
    ...subject,
    guests: z.number().int().positive().describe('how many people stay'),
    awaiting: z.enum(Awaiting).describe('HOST: a request the host must accept; PAYMENT: the guest may pay now'),
    totalMinor: z.number().int().nonnegative().describe("the stay's price in the currency's minor units"),
    currency,
    holdExpiresAt: holdExpiresAt.describe('the hold ends (booking.expired) unless answered or paid by then'),
  }),
});

export const BookingAccepted = defineEvent({
  name: 'booking.accepted',
  version: 1,
  producer: 'bookings',
  description: 'The host accepted a booking request: it now awaits the payment until holdExpiresAt.',
  payload: z.object({
    ...subject,
    totalMinor: z.number().int().nonnegative().describe("what the guest pays, in the currency's minor units"),
    currency,
    holdExpiresAt: holdExpiresAt.describe('payment due by'),
  }),
});

export const BookingConfirmed = defineEvent({
  name: 'booking.confirmed',
  version: 1,
  producer: 'bookings',
  description: 'The payment for a booking succeeded: the stay is confirmed.',
  payload: z.object({
    ...subject,
    paymentId: z.uuid().describe('the payment that confirmed it'),
    totalMinor: z.number().int().nonnegative().describe("what was paid, in the currency's minor units"),
    currency,
  }),
});

export const BookingCancelled = defineEvent({
  name: 'booking.cancelled',
  version: 1,
  producer: 'bookings',
  description:
    'A booking was cancelled by its guest, host or an admin (or because its guest or host was suspended), or declined by the host; its nights are free again. refundMinor is what payments returns to the guest (0 when nothing was paid).',
  payload: z.object({
    ...subject,
    reason: z
      .enum([
        BookingEndReason.DECLINED,
        BookingEndReason.CANCELLED_BY_GUEST,
        BookingEndReason.CANCELLED_BY_HOST,
        BookingEndReason.CANCELLED_BY_ADMIN,
      ])
      .describe('who ended it; CANCELLED_BY_ADMIN also when the guest or host was suspended'),
    paymentId: z.uuid().nullable().describe('the payment to refund; null when nothing was paid'),
    refundMinor: z
      .number()
      .int()
      .nonnegative()
      .describe("what to refund, by the cancellation policy, in the currency's minor units"),
    currency,
  }),
});

export const BookingExpired = defineEvent({
  name: 'booking.expired',
  version: 1,
  producer: 'bookings',
  description:
    'A pending booking was not answered by the host or not paid in time: it is cancelled and its nights are free again.',
  payload: z.object({ ...subject, awaited: z.enum(Awaiting).describe('what did not come in time') }),
});

export const BookingCompleted = defineEvent({
  name: 'booking.completed',
  version: 1,
  producer: 'bookings',
  description: "The guest's check-out time has passed: the stay happened (reviews may open).",
  payload: z.object({
    ...subject,
    timeZone: z
      .string()
      .optional()
      .describe("the listing's IANA time zone (absent on events published before December 2026)"),
    completedAt: z.iso
      .datetime()
      .optional()
      .describe("the instant the check-out time passed in the listing's time zone (absent before December 2026)"),
  }),
});

export const BookingsExportPartReady = exportPartReady('bookings');

export const BOOKINGS_EVENTS = [
  ListingAvailabilityChanged,
  BookingRequested,
  BookingAccepted,
  BookingConfirmed,
  BookingCancelled,
  BookingExpired,
  BookingCompleted,
  BookingsExportPartReady,
];
