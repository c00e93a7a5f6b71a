import type { JobDefinition } from '../../../platform/events/event-handler';
import { paymentProviders } from '../providers/payment-providers';
import { applyRefundOutcome } from '../refund/refund-outcome';
import { Refund } from '../refund/refund.entity';
import { RefundStatus } from '../refund/refund.enums';
import { applyChargeStatus } from './charge-outcome';
import { Payment } from './payment.entity';
import { PaymentStatus } from './payment.enums';

export const RECONCILE_PAYMENTS = 'payments.reconcile';

const BATCH = 100;

/**
 * Missed webhooks and callbacks heal here: payments and refunds pending longer than a few minutes
 * are asked about at their provider, and the answer is applied as a webhook's would be.
 */
export const reconcilePayments: JobDefinition = {
  name: RECONCILE_PAYMENTS,
  async run(_payload, { em, clock, config, logger }) {
    const before = new Date(clock().getTime() - config.payments.reconcileAfterMinutes * 60_000);
    const providers = paymentProviders(config);
    const payments = await em.find(
      Payment,
      { status: PaymentStatus.PENDING, providerReference: { $ne: null }, updatedAt: { $lt: before } },
      { limit: BATCH, orderBy: { updatedAt: 'asc' } },
    );
    for (const payment of payments) {
      const provider = providers[payment.provider];
      if (!provider || !payment.providerReference) continue;
      // One payment the provider cannot answer for must not stall the others behind it.
      try {
        const status = await provider.chargeStatus(payment.providerReference);
        await applyChargeStatus(em.fork(), payment.id, status, clock);
      } catch (error) {
        logger.warn({ err: error, paymentId: payment.id }, 'reconciliation could not ask about a payment');
      }
    }
    const refunds = await em.find(
      Refund,
      { status: RefundStatus.PENDING, providerReference: { $ne: null }, updatedAt: { $lt: before } },
      { limit: BATCH, orderBy: { updatedAt: 'asc' } },
    );
    for (const refund of refunds) {
      const payment = await em.findOneOrFail(Payment, refund.paymentId);
      const provider = providers[payment.provider];
      if (!provider || !refund.providerReference) continue;
      try {
        const status = await provider.refundStatus({
          refundId: refund.id,
          reference: refund.providerReference,
          payment: {
            providerReference: payment.providerReference ?? '',
            receipt: payment.receipt ?? undefined,
            chargedMinor: payment.chargedMinor,
            currency: payment.currency,
          },
        });
        // M-Pesa answers `pending` (the status comes by callback); applying it still moves the refund back in the queue.
        await applyRefundOutcome(em.fork(), refund.id, status, clock);
      } catch (error) {
        logger.warn({ err: error, refundId: refund.id }, 'reconciliation could not ask about a refund');
      }
    }
    if (payments.length + refunds.length > 0)
      logger.info({ payments: payments.length, refunds: refunds.length }, 'reconciled pending payments and refunds');
  },
};
