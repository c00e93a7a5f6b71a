import { z } from 'zod';
import { defineEvent } from '../../../platform/events/event-definition';

/*
 * The payments subgraph's events, as bookings defines the contracts (payments is not built yet; it
 * will publish exactly these, see schema/events.md).
 */

export const PaymentSucceeded = defineEvent({
  name: 'payment.succeeded',
  version: 1,
  producer: 'payments',
  description: "The guest's payment for a booking was captured.",
  payload: z.object({
    paymentId: z.uuid(),
    bookingId: z.uuid(),
    amountMinor: z.number().int().positive(),
    currency: z.string().length(3),
  }),
});

export const PaymentFailed = defineEvent({
  name: 'payment.failed',
  version: 1,
  producer: 'payments',
  description: "An attempt to pay for a booking failed (declined, authentication abandoned, ...); the guest may try again while the hold lasts.",
  payload: z.object({
    paymentId: z.uuid(),
    bookingId: z.uuid(),
    /** Shown to the guest: the provider's decline message, without card details. */
    reason: z.string().min(1).max(500),
  }),
});
