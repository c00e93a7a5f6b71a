import type { EntityManager } from '@mikro-orm/postgresql';
import { MoneyAudit } from './money-audit.entity';
import type { PaymentStatus } from './payment.enums';
import { PaymentTransition } from './payment-transition.entity';

export interface MoneyChange {
  paymentId: string;
  refundId?: string;
  /** e.g. `charge.succeeded`, `refund.requested`, `refund.succeeded`. */
  action: string;
  actorId: string | null;
  amountMinor: number;
  currency: string;
  requestId?: string | null;
  at: Date;
}

/** Every money change, who made it and for which request: the audit trail admins and accountants read. */
export async function auditMoney(tx: EntityManager, change: MoneyChange): Promise<void> {
  await tx.insert(MoneyAudit, {
    paymentId: change.paymentId,
    refundId: change.refundId ?? null,
    action: change.action,
    actorId: change.actorId,
    amountMinor: change.amountMinor,
    currency: change.currency,
    requestId: change.requestId ?? null,
    at: change.at,
  });
}

export async function logTransition(
  tx: EntityManager,
  paymentId: string,
  from: PaymentStatus | null,
  to: PaymentStatus,
  cause: string,
  at: Date,
): Promise<void> {
  await tx.insert(PaymentTransition, { paymentId, fromStatus: from, toStatus: to, cause, at });
}
