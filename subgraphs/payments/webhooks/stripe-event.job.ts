import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { JobContext, JobDefinition } from '../../../platform/events/event-handler';
import { applyChargeStatus } from '../payment/charge-outcome';
import { Payment } from '../payment/payment.entity';
import { PaymentProvider } from '../payment/payment.enums';
import { paymentProviders } from '../providers/payment-providers';
import { disputedPaymentIntent, StripeProvider } from '../providers/stripe/stripe-provider';
import { applyRefundOutcome } from '../refund/refund-outcome';
import { Refund } from '../refund/refund.entity';
import { RefundStatus } from '../refund/refund.enums';

export const PROCESS_STRIPE_EVENT = 'payments.process_stripe_event';

const payloadSchema = z.object({
  eventId: z.string(),
  type: z.string(),
  objectId: z.string().nullable(),
  paymentIntentId: z.string().nullable(),
});

/**
 * The work of a verified Stripe event. Nothing in the event body is trusted beyond ids: the
 * PaymentIntent, refund or dispute is re-read from the API, and the state machine ignores what does
 * not move a payment on, so duplicates, reordering and stale events change nothing.
 */
export const processStripeEvent: JobDefinition = {
  name: PROCESS_STRIPE_EVENT,
  async run(payload, ctx) {
    const job = payloadSchema.parse(payload);
    const stripe = paymentProviders(ctx.config)[PaymentProvider.STRIPE];
    if (!(stripe instanceof StripeProvider)) throw new Error('Stripe is not configured');
    const intentId =
      job.type === 'payment_intent.succeeded' || job.type === 'payment_intent.payment_failed'
        ? job.objectId
        : job.type === 'charge.dispute.created' && job.objectId
          ? await disputedPaymentIntent(stripe.stripe, job.objectId)
          : job.paymentIntentId;
    const payment = intentId ? await ctx.em.findOne(Payment, { providerReference: intentId }) : null;
    if (!payment) return;
    if (job.type === 'charge.dispute.created') return flagDispute(ctx.em, payment);
    if (job.type === 'charge.refunded' || job.type.startsWith('refund.') || job.type === 'charge.refund.updated')
      return settleRefunds(ctx, payment, stripe);
    await applyChargeStatus(ctx.em, payment.id, await stripe.chargeStatus(intentId as string), ctx.clock);
  },
};

async function flagDispute(em: EntityManager, payment: Payment): Promise<void> {
  await em.nativeUpdate(Payment, { id: payment.id }, { disputed: true });
}

/** Pending refunds of the payment, each settled from Stripe's current answer. */
export async function settleRefunds(ctx: JobContext, payment: Payment, provider: StripeProvider): Promise<void> {
  const pending = await ctx.em.find(Refund, {
    paymentId: payment.id,
    status: RefundStatus.PENDING,
    providerReference: { $ne: null },
  });
  for (const refund of pending) {
    const status = await provider.refundStatus({
      refundId: refund.id,
      reference: refund.providerReference as string,
      payment: {
        providerReference: payment.providerReference ?? '',
        chargedMinor: payment.chargedMinor,
        currency: payment.currency,
      },
    });
    await applyRefundOutcome(ctx.em, refund.id, status, ctx.clock);
  }
}
