import { z } from 'zod';
import type { JobDefinition } from '../../../platform/events/event-handler';
import { Payment } from '../payment/payment.entity';
import { paymentProviders } from '../providers/payment-providers';
import { applyRefundOutcome } from './refund-outcome';
import { Refund } from './refund.entity';
import { PROVIDER_REASON, RefundStatus } from './refund.enums';
import { SEND_REFUND } from './refund-requests';

const payloadSchema = z.object({ refundId: z.uuid() });

/**
 * Sends a recorded refund to the provider, outside the transaction that recorded it. The refund's id
 * is the provider's idempotency key, so a retried job never pays back twice.
 */
export const sendRefund: JobDefinition = {
  name: SEND_REFUND,
  async run(payload, { em, clock, config }) {
    const { refundId } = payloadSchema.parse(payload);
    const refund = await em.findOne(Refund, refundId);
    if (!refund || refund.status !== RefundStatus.PENDING || refund.providerReference) return;
    const payment = await em.findOneOrFail(Payment, refund.paymentId);
    const provider = paymentProviders(config)[payment.provider];
    if (!provider || !payment.providerReference)
      throw new Error(`No ${payment.provider} provider to refund ${refund.id}`);
    const result = await provider.startRefund({
      refundId: refund.id,
      paymentId: payment.id,
      bookingId: payment.bookingId,
      payment: {
        providerReference: payment.providerReference,
        receipt: payment.receipt ?? undefined,
        chargedMinor: payment.chargedMinor,
        currency: payment.currency,
      },
      amountMinor: refund.amountMinor,
      full: payment.refundedMinor + refund.amountMinor >= payment.chargedMinor,
      reason: PROVIDER_REASON[refund.reason],
      note: refund.note ?? undefined,
      idempotencyKey: `refund:${refund.id}`,
      phoneNumber: payment.payerPhone ?? undefined,
    });
    await applyRefundOutcome(em, refund.id, result, clock);
  },
};
