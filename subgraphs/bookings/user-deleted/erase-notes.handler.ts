import { defineHandler } from '../../../platform/events/event-handler';
import { UserDeleted } from '../../../contracts/events/accounts';

/**
 * Bookings keep what accounting needs (ids, dates, amounts, who acted by id); the words a deleted
 * user wrote on their bookings' transitions (why they cancelled or declined) are theirs and go.
 */
export const eraseDeletedUsersNotes = defineHandler({
  name: 'bookings.erase_deleted_users_notes',
  event: UserDeleted,
  kind: 'reaction',
  description: 'erases the notes the user wrote on booking changes',
  async handle(event, { em }) {
    await em.execute('update bookings.booking_transitions set note = null where actor_id = ? and note is not null', [
      event.payload.userId,
    ]);
  },
});
