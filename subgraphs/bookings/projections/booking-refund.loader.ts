import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BookingRefund } from './booking-refund.entity';

/** Every booking's refunds of one request (a page of bookings) in one statement, oldest first. */
export function createRefundsLoader(em: EntityManager): DataLoader<string, BookingRefund[]> {
  return new DataLoader(async (bookingIds) => {
    const rows = await em.find(
      BookingRefund,
      { bookingId: { $in: [...bookingIds] } },
      { orderBy: { refundedAt: 'asc', id: 'asc' } },
    );
    return bookingIds.map((id) => rows.filter((row) => row.bookingId === id));
  });
}
