import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { JobContext, JobDefinition } from '../../../platform/events/event-handler';
import { applyChargeStatus } from '../payment/charge-outcome';
import { PaymentAttempt } from '../payment/payment-attempt.entity';
import { Payment } from '../payment/payment.entity';
import { PaymentProvider } from '../payment/payment.enums';
import type { ChargeStatus, RefundStatus as ProviderRefundStatus } from '../providers/payment-provider';
import { paymentProviders } from '../providers/payment-providers';
import { applyRefundOutcome } from '../refund/refund-outcome';
import { CALLBACK_KINDS } from './callback-token';
import { parseDarajaResult, parseStkCallback, type DarajaResult } from './daraja-callbacks';
import { asyncResultReason } from './stk-result';

export const PROCESS_MPESA_CALLBACK = 'payments.process_mpesa_callback';

const payloadSchema = z.object({ kind: z.enum(CALLBACK_KINDS), ownerId: z.uuid(), body: z.unknown() });

/** Reversal results that mean the money is back with the guest: done now, or done by an earlier request. */
const REFUNDED_CODES = new Set(['0', 'R000001']);

/**
 * The work of an M-Pesa callback whose token was genuine. An STK callback only says "ask again":
 * STK Push Query decides, and the callback contributes its receipt once the query confirms. A
 * Result settles the refund its token names only when it answers that refund's own request.
 */
export const processMpesaCallback: JobDefinition = {
  name: PROCESS_MPESA_CALLBACK,
  async run(payload, ctx) {
    const { kind, ownerId, body } = payloadSchema.parse(payload);
    if (kind === 'stk') return settleCharge(ctx, ownerId, body);
    if (kind === 'timeout')
      return void ctx.logger.warn({ refundId: ownerId }, 'M-Pesa queue timeout; reconciliation will ask');
    const result = parseDarajaResult(body);
    if (!result) return void ctx.logger.warn({ refundId: ownerId }, 'unreadable M-Pesa result ignored');
    const outcome = kind === 'status' ? statusOutcome(result, ownerId) : resultOutcome(result, ownerId);
    if (outcome) await applyRefundOutcome(ctx.em, ownerId, outcome, ctx.clock);
  },
};

async function settleCharge(ctx: JobContext, paymentId: string, body: unknown): Promise<void> {
  const callback = parseStkCallback(body);
  const payment = await ctx.em.findOne(Payment, paymentId);
  if (!callback || !payment || payment.provider !== PaymentProvider.MPESA) return;
  // The body is not trusted beyond naming one of this payment's own STK pushes.
  if (!(await isAttemptOf(ctx.em, payment, callback.checkoutRequestId))) return;
  const mpesa = paymentProviders(ctx.config)[PaymentProvider.MPESA];
  if (!mpesa) throw new Error('M-Pesa is not configured');
  const status: ChargeStatus = await mpesa.chargeStatus(callback.checkoutRequestId);
  const confirmed =
    status.kind === 'succeeded' && callback.resultCode === '0' ? { ...status, receipt: callback.receipt } : status;
  await applyChargeStatus(ctx.em, payment.id, confirmed, ctx.clock);
}

async function isAttemptOf(em: EntityManager, payment: Payment, checkoutRequestId: string): Promise<boolean> {
  if (payment.providerReference === checkoutRequestId) return true;
  return (await em.count(PaymentAttempt, { paymentId: payment.id, providerReference: checkoutRequestId })) > 0;
}

/** A reversal's or payout's Result: it must answer the request we sent for this refund (our OriginatorConversationID). */
function resultOutcome(result: DarajaResult, refundId: string): ProviderRefundStatus | null {
  if (result.originatorConversationId !== refundId) return null;
  if (REFUNDED_CODES.has(result.resultCode)) return { kind: 'succeeded' };
  return { kind: 'failed', reason: asyncResultReason(result.resultCode) };
}

/** A Transaction Status answer about this refund's reversal or payout; anything unclear leaves it pending. */
function statusOutcome(result: DarajaResult, refundId: string): ProviderRefundStatus | null {
  if (result.resultCode === '2032') return { kind: 'failed', reason: asyncResultReason(result.resultCode) };
  if (result.resultCode !== '0' || result.parameters.OriginatorConversationID !== refundId) return null;
  return result.parameters.TransactionStatus === 'Completed' ? { kind: 'succeeded' } : null;
}
