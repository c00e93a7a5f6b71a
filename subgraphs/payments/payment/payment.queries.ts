import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { PageRequest } from '../../../platform/graphql/pagination';
import type { PaymentFilter } from './payment-filter.inputs';
import { Payment } from './payment.entity';

/** One page of payments matching the filter, newest first (ids are UUIDv7, so by id), and whether more follow. */
export async function paymentsPage(
  em: EntityManager,
  filter: PaymentFilter | null,
  page: PageRequest<string>,
): Promise<{ items: Payment[]; hasNextPage: boolean }> {
  const where: FilterQuery<Payment> = {
    ...(filter?.status && { status: filter.status }),
    ...(filter?.provider && { provider: filter.provider }),
    ...(filter?.bookingId && { bookingId: filter.bookingId }),
    ...(filter?.guestId && { guestId: filter.guestId }),
    ...(typeof filter?.disputed === 'boolean' && { disputed: filter.disputed }),
    ...(page.after !== null && { id: { $lt: page.after } }),
  };
  const rows = await em.find(Payment, where, { orderBy: { id: 'desc' }, limit: page.first + 1 });
  return { items: rows.slice(0, page.first), hasNextPage: rows.length > page.first };
}
