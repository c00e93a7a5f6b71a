import type { EntityManager } from '@mikro-orm/postgresql';
import { defineHandler } from '../../../platform/events/event-handler';
import { PaymentRefunded } from '../../../contracts/events/payments';
import { BookingRefund } from './booking-refund.entity';

/**
 * A read model, not a state change: the booking's status is settled by its cancellation, and the
 * refunds only say how much of the money is back. Keyed by refund id, so any delivery order works.
 */
export const recordBookingRefund = defineHandler({
  name: 'bookings.record_refund',
  event: PaymentRefunded,
  kind: 'projection',
  description: 'shows the refund in Booking.refunds and Booking.refundedAmount',
  async handle({ payload, occurredAt }, { em }) {
    await em.execute(
      `insert into bookings.booking_refunds (id, booking_id, payment_id, amount_minor, refunded_total_minor, currency, "full", refunded_at)
       values (?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (id) do nothing`,
      [
        payload.refundId,
        payload.bookingId,
        payload.paymentId,
        payload.amountMinor,
        payload.refundedTotalMinor,
        payload.currency,
        payload.full,
        occurredAt,
      ],
    );
  },
});

export async function resetBookingRefunds(em: EntityManager): Promise<void> {
  await em.nativeDelete(BookingRefund, {});
}
