import { defineHandler, type EventHandler } from '../../../platform/events/event-handler';
import { ReviewDirection } from '../../../contracts/enums/reviews';
import { ReviewPublished, ReviewReminderDue } from '../../../contracts/events/reviews';
import { HostProfile } from '../host/host-profile.entity';
import { reviewPublishedEmail } from '../mail/review-published.email';
import { reviewReminderEmail } from '../mail/review-reminder.email';
import { User } from '../user/user.entity';

/** The notice to the person a published review is about; a host author signs with their public host name. */
const emailReviewPublished = defineHandler({
  name: 'accounts.email_review_published',
  event: ReviewPublished,
  kind: 'reaction',
  description: 'email to the person the review is about',
  async handle({ payload }, { em, mailer, config }) {
    // One after the other: the handler's transaction has a single connection.
    const users = await em.find(User, { id: { $in: [payload.aboutUserId, payload.authorId] } });
    const to = users.find((u) => u.id === payload.aboutUserId);
    // A deleted user has no address any more (see account-deletion/personal-data-erasure.ts).
    if (!to || to.deletedAt) return;
    const author = users.find((u) => u.id === payload.authorId);
    const profile =
      payload.direction === ReviewDirection.HOST_TO_GUEST
        ? await em.findOne(HostProfile, { user: payload.authorId })
        : null;
    await mailer.send(
      reviewPublishedEmail({
        to,
        authorName: profile?.displayName ?? author?.displayName ?? 'Someone',
        direction: payload.direction,
        rating: payload.rating,
        url: `${config.appUrl}/reviews/${payload.reviewId}`,
      }),
    );
  },
});

/** Reviews decides when a reminder is due (and that nobody has written yet); accounts only addresses it. */
const emailReviewReminder = defineHandler({
  name: 'accounts.email_review_reminder',
  event: ReviewReminderDue,
  kind: 'reaction',
  description: 'review reminder to the guest or the host',
  async handle({ payload }, { em, mailer, config }) {
    const to = await em.findOne(User, { id: payload.recipientId });
    if (!to || to.deletedAt) return;
    await mailer.send(
      reviewReminderEmail({
        to,
        direction: payload.direction,
        listingTitle: payload.listingTitle,
        checkOut: payload.checkOut,
        deadline: payload.deadline,
        last: payload.last,
        url: `${config.appUrl}/bookings/${payload.bookingId}/review`,
      }),
    );
  },
});

export const REVIEW_NOTIFICATIONS: EventHandler[] = [emailReviewPublished, emailReviewReminder];
