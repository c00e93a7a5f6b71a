import { z } from 'zod';
import { defineEvent } from '../../kernel/events/event-definition';

/**
 * The payments subgraph's event, as bookings defines the contract (payments is not built yet; it
 * will publish exactly this, see schema/events.md).
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
