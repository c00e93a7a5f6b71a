import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { publish } from '../../../platform/events/publish';
import type { Clock } from '../../../platform/runtime/clock';
import { PaymentFailed, PaymentSucceeded } from '../../../contracts/events/payments';
import { PayableBooking } from '../projections/payable-booking.entity';
import type { ChargeStatus } from '../providers/payment-provider';
import { refundInFull } from '../refund/refund-requests';
import { PaymentAttempt } from './payment-attempt.entity';
import { nextStatus } from './payment-state';
import { Payment } from './payment.entity';
import { PaymentStatus } from './payment.enums';
import { auditMoney, logTransition } from './payment-records';

/**
 * Applies what the provider says about a payment's charge (always re-read from its API, so the
 * order, duplicates and staleness of webhooks do not matter): the state machine refuses what does
 * not move the payment on. The booking's projection row is locked first, as the lifecycle
 * reactions lock it, so a success crossing an expiry or a cancellation is refunded, not lost.
 */
export async function applyChargeStatus(
  em: EntityManager,
  paymentId: string,
  status: ChargeStatus,
  clock: Clock,
): Promise<void> {
  await em.transactional(async (tx) => {
    const head = await tx.findOne(Payment, paymentId);
    if (!head) return;
    const booking = await tx.findOne(
      PayableBooking,
      { bookingId: head.bookingId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    const payment = await tx.findOneOrFail(Payment, paymentId, {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
    });
    const now = clock();
    if (status.kind === 'succeeded') await succeed(tx, payment, booking, status, now);
    else if (status.kind === 'failed') await fail(tx, payment, status, now);
  });
}

async function succeed(
  tx: EntityManager,
  payment: Payment,
  booking: PayableBooking | null,
  status: Extract<ChargeStatus, { kind: 'succeeded' }>,
  now: Date,
): Promise<void> {
  const to = nextStatus(payment.status, 'succeed');
  if (!to) return;
  await logTransition(tx, payment.id, payment.status, to, 'provider reports the charge succeeded', now);
  Object.assign(payment, {
    status: to,
    receipt: status.receipt ?? payment.receipt,
    cardBrand: status.card?.brand ?? null,
    cardLast4: status.card?.last4 ?? null,
    failureReason: null,
    updatedAt: now,
  });
  tx.create(PaymentAttempt, {
    paymentId: payment.id,
    providerReference: status.receipt ?? payment.providerReference,
    outcome: 'SUCCEEDED',
    at: now,
  });
  await tx.flush();
  await auditMoney(tx, {
    paymentId: payment.id,
    action: 'charge.succeeded',
    actorId: payment.guestId,
    amountMinor: payment.chargedMinor,
    currency: payment.currency,
    at: now,
  });
  const confirms =
    booking?.state === 'OPEN' && booking.amountMinor === payment.amountMinor && booking.currency === payment.currency;
  if (!confirms) {
    await refundInFull(tx, payment, 'The booking can no longer be confirmed by this payment.', { now });
    return;
  }
  await publish(
    tx,
    PaymentSucceeded,
    {
      paymentId: payment.id,
      bookingId: payment.bookingId,
      guestId: payment.guestId,
      provider: payment.provider,
      amountMinor: payment.amountMinor,
      currency: payment.currency,
    },
    { clock: () => now },
  );
}

async function fail(
  tx: EntityManager,
  payment: Payment,
  status: Extract<ChargeStatus, { kind: 'failed' }>,
  now: Date,
): Promise<void> {
  // A declined card leaves the payment PENDING (the guest may confirm again); each failed try is recorded once.
  const reference = status.attemptReference ?? payment.providerReference;
  const known = await tx.count(PaymentAttempt, {
    paymentId: payment.id,
    providerReference: reference,
    outcome: 'FAILED',
  });
  if (payment.status !== PaymentStatus.PENDING || known > 0) return;
  payment.failureReason = status.reason;
  payment.updatedAt = now;
  tx.create(PaymentAttempt, {
    paymentId: payment.id,
    providerReference: reference,
    outcome: 'FAILED',
    reason: status.reason,
    at: now,
  });
  await tx.flush();
  await publish(
    tx,
    PaymentFailed,
    {
      paymentId: payment.id,
      bookingId: payment.bookingId,
      guestId: payment.guestId,
      reason: status.reason.slice(0, 500),
    },
    { clock: () => now },
  );
}
