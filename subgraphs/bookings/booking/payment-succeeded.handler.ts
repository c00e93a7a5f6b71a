import { defineHandler } from '../../../platform/events/event-handler';
import { PaymentSucceeded } from '../../../contracts/events/payments';
import { BookingLifecycle } from './booking-lifecycle';

/** A state change, not a read model: never replayed. */
export const confirmPaidBooking = defineHandler({
  name: 'bookings.confirm_paid_booking',
  event: PaymentSucceeded,
  kind: 'reaction',
  description: 'confirms the booking awaiting this payment',
  async handle(event, { em, clock, logger }) {
    await new BookingLifecycle(clock).confirmPayment(em, event.payload, logger);
  },
});
