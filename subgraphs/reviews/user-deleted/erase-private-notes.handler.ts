import { defineHandler } from '../../../platform/events/event-handler';
import { UserDeleted } from '../../../contracts/events/accounts';

/**
 * A deleted user's reviews stay: their ratings are part of listings' averages and their public text
 * is the platform's record (the author now shows as accounts' "Former guest"). Their private notes
 * to hosts go.
 */
export const eraseDeletedUsersPrivateNotes = defineHandler({
  name: 'reviews.erase_deleted_users_private_notes',
  event: UserDeleted,
  kind: 'reaction',
  description: "erases the private notes of the user's reviews; the reviews stay, by a former guest",
  async handle(event, { em }) {
    await em.execute(
      `update reviews.revisions set private_note = null
        where private_note is not null and review_id in (select id from reviews.reviews where author_id = ?)`,
      [event.payload.userId],
    );
  },
});
