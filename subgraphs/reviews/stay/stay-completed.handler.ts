import { defineHandler } from '../../../platform/events/event-handler';
import { BookingCompleted } from '../../../contracts/events/bookings';
import { scheduleReviewDeadline } from '../review/review-deadline.job';
import { scheduleReminders } from '../review/review-reminder.job';
import { completionOf, deadlineOf } from './review-window';
import { StayRepository } from './stay.repository';

const stays = new StayRepository();

/**
 * A completed stay opens its review window: kept with its deadline, and its publication at the
 * deadline and the reminders queued in the same transaction.
 */
export const recordCompletedStay = defineHandler({
  name: 'reviews.record_completed_stay',
  event: BookingCompleted,
  kind: 'projection',
  description: "opens the stay's review window for its guest and host, until the deadline",
  async handle({ payload }, { em, config }) {
    const completedAt = completionOf(payload);
    const stay = {
      bookingId: payload.bookingId,
      listingId: payload.listingId,
      listingTitle: payload.listingTitle,
      guestId: payload.guestId,
      hostId: payload.hostId,
      checkOut: payload.checkOut,
      completedAt,
      deadline: deadlineOf(completedAt, config.reviews.windowDays),
    };
    if (!(await stays.record(em, stay))) return;
    await scheduleReviewDeadline(em, stay);
    await scheduleReminders(em, stay);
  },
});
