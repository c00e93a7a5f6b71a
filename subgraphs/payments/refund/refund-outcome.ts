import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { publish } from '../../../platform/events/publish';
import type { Clock } from '../../../platform/runtime/clock';
import { PaymentRefunded } from '../../../contracts/events/payments';
import { nextStatus } from '../payment/payment-state';
import { Payment } from '../payment/payment.entity';
import { auditMoney, logTransition } from '../payment/payment-records';
import type { RefundResult, RefundStatus as ProviderRefundStatus } from '../providers/payment-provider';
import { Refund } from './refund.entity';
import { RefundStatus } from './refund.enums';

type Outcome = RefundResult | ProviderRefundStatus;

/** Settles a PENDING refund from the provider's answer; a settled refund never changes again. */
export async function applyRefundOutcome(
  em: EntityManager,
  refundId: string,
  outcome: Outcome,
  clock: Clock,
): Promise<void> {
  await em.transactional(async (tx) => {
    const refund = await tx.findOne(Refund, refundId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!refund || refund.status !== RefundStatus.PENDING) return;
    const now = clock();
    if ('reference' in outcome && outcome.reference) refund.providerReference = outcome.reference;
    refund.updatedAt = now;
    if (outcome.kind === 'pending') return void (await tx.flush());
    const payment = await tx.findOneOrFail(Payment, refund.paymentId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (outcome.kind === 'failed') {
      refund.status = RefundStatus.FAILED;
      refund.failureReason = outcome.reason;
      await tx.flush();
      await auditMoney(tx, { ...moneyOf(payment, refund, now), action: 'refund.failed' });
      return;
    }
    refund.status = RefundStatus.SUCCEEDED;
    const refundedTotal = payment.refundedMinor + refund.amountMinor;
    const full = refundedTotal >= payment.chargedMinor;
    const to = nextStatus(payment.status, full ? 'refund_rest' : 'refund_part');
    if (to) {
      await logTransition(tx, payment.id, payment.status, to, `refund ${refund.id} succeeded`, now);
      payment.status = to;
    }
    payment.refundedMinor = refundedTotal;
    payment.updatedAt = now;
    await tx.flush();
    await auditMoney(tx, { ...moneyOf(payment, refund, now), action: 'refund.succeeded' });
    await publish(
      tx,
      PaymentRefunded,
      {
        paymentId: payment.id,
        refundId: refund.id,
        bookingId: payment.bookingId,
        guestId: payment.guestId,
        amountMinor: refund.amountMinor,
        refundedTotalMinor: refundedTotal,
        currency: payment.currency,
        full,
      },
      { clock: () => now },
    );
  });
}

function moneyOf(payment: Payment, refund: Refund, now: Date) {
  return {
    paymentId: payment.id,
    refundId: refund.id,
    actorId: refund.requestedBy,
    amountMinor: refund.amountMinor,
    currency: payment.currency,
    at: now,
  };
}
