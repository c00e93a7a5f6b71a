import { defineHandler } from '../../../platform/events/event-handler';
import { UserSuspended } from '../../../contracts/events/accounts';
import { BookingLifecycle } from './booking-lifecycle';

/**
 * A suspended guest's or host's pending bookings are cancelled and their nights freed. Confirmed
 * stays are left to support: cancelling a paid stay needs a person to weigh refunds and rebooking.
 */
export const withdrawSuspendedUsersBookings = defineHandler({
  name: 'bookings.withdraw_suspended_users_bookings',
  event: UserSuspended,
  kind: 'reaction',
  description:
    "cancels the user's pending bookings as guest or host and frees their dates; confirmed stays are left to support",
  async handle(event, { em, clock, logger }) {
    const withdrawn = await new BookingLifecycle(clock).withdrawPendingOf(em, event.payload.userId);
    if (withdrawn > 0)
      logger.info({ userId: event.payload.userId, withdrawn }, "cancelled a suspended user's pending bookings");
  },
});
