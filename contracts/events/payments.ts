import { z } from 'zod';
import { PaymentProvider } from '../enums/payments';
import { defineEvent } from './event';
import { exportPartReady } from './data-export';

const currency = z.string().length(3).describe('ISO 4217 code of the booking currency');

export const PaymentSucceeded = defineEvent({
  name: 'payment.succeeded',
  version: 1,
  producer: 'payments',
  description: "The guest's payment for a booking was captured.",
  payload: z.object({
    paymentId: z.uuid().describe('the payment'),
    bookingId: z.uuid().describe('the booking it pays for'),
    guestId: z.uuid().describe('the guest who paid (for the receipt)'),
    provider: z.enum(PaymentProvider).describe('who moved the money: STRIPE or MPESA'),
    amountMinor: z
      .number()
      .int()
      .positive()
      .describe("the booking's total, in the currency's minor units (M-Pesa may have charged it rounded up)"),
    currency,
  }),
});

export const PaymentFailed = defineEvent({
  name: 'payment.failed',
  version: 1,
  producer: 'payments',
  description:
    'An attempt to pay for a booking failed (declined, cancelled on the phone, timed out, ...); the guest may try again while the hold lasts.',
  payload: z.object({
    paymentId: z.uuid().describe('the failed payment'),
    bookingId: z.uuid().describe('the booking it was for'),
    guestId: z.uuid().describe('the guest who tried to pay'),
    reason: z
      .string()
      .min(1)
      .max(500)
      .describe("shown to the guest: the provider's decline message, never card details"),
  }),
});

export const PaymentRefunded = defineEvent({
  name: 'payment.refunded',
  version: 1,
  producer: 'payments',
  description:
    'Money went back to the guest: a refund of a payment reached the provider and succeeded (after a cancellation, an automatic refund of a payment that confirmed nothing, or by an admin).',
  payload: z.object({
    paymentId: z.uuid().describe('the refunded payment'),
    refundId: z.uuid().describe('this refund (a payment may have several partial refunds)'),
    bookingId: z.uuid().describe('the booking the payment was for'),
    guestId: z.uuid().describe('the guest who gets the money back'),
    amountMinor: z.number().int().positive().describe("this refund's amount, in the currency's minor units"),
    refundedTotalMinor: z
      .number()
      .int()
      .positive()
      .describe('everything refunded of this payment so far, this refund included'),
    currency,
    full: z.boolean().describe('whether the payment is now refunded in full'),
  }),
});

export const PaymentsExportPartReady = exportPartReady('payments');

export const PAYMENTS_EVENTS = [PaymentSucceeded, PaymentFailed, PaymentRefunded, PaymentsExportPartReady];
