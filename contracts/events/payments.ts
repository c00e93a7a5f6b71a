import { z } from 'zod';
import { defineEvent } from './event';

/*
 * Defined ahead of the payments subgraph (bookings consumes them already): payments must publish
 * exactly these names, versions and payloads.
 */

export const PaymentSucceeded = defineEvent({
  name: 'payment.succeeded',
  version: 1,
  producer: 'payments',
  description: "The guest's payment for a booking was captured.",
  payload: z.object({
    paymentId: z.uuid().describe('the payment'),
    bookingId: z.uuid().describe('the booking it pays for'),
    amountMinor: z.number().int().positive().describe("the booking's total, in the currency's minor units"),
    currency: z.string().length(3).describe('ISO 4217 code of the booking currency'),
  }),
});

export const PaymentFailed = defineEvent({
  name: 'payment.failed',
  version: 1,
  producer: 'payments',
  description:
    'An attempt to pay for a booking failed (declined, authentication abandoned, ...); the guest may try again while the hold lasts.',
  payload: z.object({
    paymentId: z.uuid().describe('the failed payment'),
    bookingId: z.uuid().describe('the booking it was for'),
    reason: z
      .string()
      .min(1)
      .max(500)
      .describe("shown to the guest: the provider's decline message, never card details"),
  }),
});

export const PAYMENTS_EVENTS = [PaymentSucceeded, PaymentFailed];
