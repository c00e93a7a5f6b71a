import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { RequestContext } from '../../platform/graphql/context';
import { PaymentAttempt } from './payment/payment-attempt.entity';
import { Payment } from './payment/payment.entity';
import { Refund } from './refund/refund.entity';

function groupedBy<T>(rows: T[], key: (row: T) => string, ids: readonly string[]): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(key(row))?.push(row);
  return ids.map((id) => groups.get(id) ?? []);
}

export function createLoaders(em: EntityManager) {
  return {
    paymentByBooking: new DataLoader<string, Payment | null>(async (ids) => {
      const rows = await em.find(Payment, { bookingId: { $in: [...ids] } });
      return ids.map((id) => rows.find((p) => p.bookingId === id) ?? null);
    }),
    attemptsByPayment: new DataLoader<string, PaymentAttempt[]>(async (ids) =>
      groupedBy(
        await em.find(PaymentAttempt, { paymentId: { $in: [...ids] } }, { orderBy: { at: 'asc' } }),
        (a) => a.paymentId,
        ids,
      ),
    ),
    refundsByPayment: new DataLoader<string, Refund[]>(async (ids) =>
      groupedBy(
        await em.find(Refund, { paymentId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc' } }),
        (r) => r.paymentId,
        ids,
      ),
    ),
  };
}

export type PaymentsContext = RequestContext<ReturnType<typeof createLoaders>>;
