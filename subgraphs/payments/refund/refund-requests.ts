import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueJob } from '../../../platform/events/jobs';
import type { Payment } from '../payment/payment.entity';
import { auditMoney } from '../payment/payment-records';
import { Refund } from './refund.entity';
import { RefundReasonCode, RefundStatus } from './refund.enums';

export const SEND_REFUND = 'payments.send_refund';

export interface RefundRequest {
  amountMinor: number;
  reason: RefundReasonCode;
  note?: string | null;
  /** One refund per key and payment however often it is asked for (a booking event's id, an admin's key). */
  idempotencyKey: string;
  requestedBy: string | null;
  requestId?: string | null;
  now: Date;
}

/** Pending and succeeded refunds count against what is left: money on its way back cannot go back twice. */
export async function refundableMinor(tx: EntityManager, payment: Payment): Promise<number> {
  const [row] = await tx.execute<{ total: string | null }[]>(
    `select sum(amount_minor) as total from payments.refunds where payment_id = ? and status in ('PENDING', 'SUCCEEDED')`,
    [payment.id],
  );
  return payment.chargedMinor - Number(row?.total ?? 0);
}

/**
 * Records a refund of a locked payment and queues its sending, in the caller's transaction; a
 * repeated request (same key) returns the first refund. The caller has checked the amount.
 */
export async function requestRefund(tx: EntityManager, payment: Payment, request: RefundRequest): Promise<Refund> {
  const earlier = await tx.findOne(Refund, { paymentId: payment.id, idempotencyKey: request.idempotencyKey });
  if (earlier) return earlier;
  const refund = tx.create(Refund, {
    paymentId: payment.id,
    amountMinor: request.amountMinor,
    currency: payment.currency,
    reason: request.reason,
    note: request.note ?? null,
    status: RefundStatus.PENDING,
    idempotencyKey: request.idempotencyKey,
    requestedBy: request.requestedBy,
    createdAt: request.now,
    updatedAt: request.now,
  });
  await tx.flush();
  await auditMoney(tx, {
    paymentId: payment.id,
    refundId: refund.id,
    action: 'refund.requested',
    actorId: request.requestedBy,
    amountMinor: refund.amountMinor,
    currency: payment.currency,
    requestId: request.requestId,
    at: request.now,
  });
  await enqueueJob(tx, SEND_REFUND, { refundId: refund.id }, { jobKey: `${SEND_REFUND}:${refund.id}` });
  return refund;
}

/** A full refund of everything left, once per payment: a payment that confirmed no booking. */
export async function refundInFull(
  tx: EntityManager,
  payment: Payment,
  why: string,
  meta: { now: Date; requestId?: string | null },
): Promise<Refund | null> {
  const left = await refundableMinor(tx, payment);
  if (left <= 0) return null;
  return requestRefund(tx, payment, {
    amountMinor: left,
    reason: RefundReasonCode.REQUESTED_BY_CUSTOMER,
    note: why,
    idempotencyKey: `full:${payment.id}`,
    requestedBy: null,
    requestId: meta.requestId,
    now: meta.now,
  });
}
