import { defineHandler } from '../../../platform/events/event-handler';
import { UserSuspended } from '../external/accounts.events';
import { BookingLifecycle } from './booking-lifecycle';

/**
 * A suspended guest's or host's pending bookings are cancelled and their nights freed. Confirmed
 * stays are left to support: cancelling a paid stay needs a person to weigh refunds and rebooking.
 */
export const withdrawSuspendedUsersBookings = defineHandler({
  name: 'bookings.withdraw_suspended_users_bookings',
  event: UserSuspended,
  kind: 'reaction',
  async handle(event, { em, clock, logger }) {
    const withdrawn = await new BookingLifecycle(clock).withdrawPendingOf(em, event.payload.userId);
    if (withdrawn > 0) logger.info({ userId: event.payload.userId, withdrawn }, "cancelled a suspended user's pending bookings");
  },
});
