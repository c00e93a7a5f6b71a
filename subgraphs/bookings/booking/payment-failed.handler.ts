import { defineHandler } from '../../../platform/events/event-handler';
import { PaymentFailed } from '../../../contracts/events/payments';
import { lockBooking } from './booking-transitions';
import { Awaiting, BookingStatus } from './booking.enums';

/**
 * Records a failed payment attempt on a booking still awaiting payment, for the guest to see; the
 * hold is left to run its course, so the guest can try again until it expires. A failure that
 * arrives late (the booking moved on, or a newer failure is recorded) changes nothing.
 */
export const recordFailedPayment = defineHandler({
  name: 'bookings.record_failed_payment',
  event: PaymentFailed,
  kind: 'reaction',
  description: 'sets Booking.lastPaymentError while the booking awaits payment; the hold still expires on time',
  async handle(event, { em, logger }) {
    const { bookingId, paymentId, reason } = event.payload;
    const booking = await lockBooking(em, bookingId);
    const awaitsPayment = booking?.status === BookingStatus.PENDING && booking.awaiting === Awaiting.PAYMENT;
    if (!booking || !awaitsPayment || (booking.lastPaymentErrorAt && booking.lastPaymentErrorAt >= event.occurredAt)) {
      logger.info(
        { bookingId, paymentId, status: booking?.status },
        'payment failure not recorded: the booking no longer awaits payment or knows a newer one',
      );
      return;
    }
    booking.lastPaymentError = reason;
    booking.lastPaymentErrorAt = event.occurredAt;
    await em.flush();
    logger.info({ bookingId, paymentId }, 'payment failed; the hold stays until it expires');
  },
});
