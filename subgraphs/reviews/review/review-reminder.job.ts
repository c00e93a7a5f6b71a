import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { JobDefinition } from '../../../platform/events/event-handler';
import { enqueueJob } from '../../../platform/events/jobs';
import { publish } from '../../../platform/events/publish';
import { ReviewReminderDue } from '../../../contracts/events/reviews';
import { reminderTimes } from '../stay/review-window';
import { StayRepository, type Stay } from '../stay/stay.repository';
import { ReviewDirection } from './review.enums';
import { ReviewRepository } from './review.repository';

export const REMIND = 'reviews.remind';

const payloadSchema = z.object({ bookingId: z.uuid(), last: z.boolean() });
const stays = new StayRepository();
const reviews = new ReviewRepository();

/** Queues the stay's reminders (a day after it, a day before its deadline) in the caller's transaction. */
export async function scheduleReminders(tx: EntityManager, stay: Omit<Stay, 'closedAt'>): Promise<void> {
  for (const { at, last } of reminderTimes(stay.completedAt, stay.deadline))
    await enqueueJob(
      tx,
      REMIND,
      { bookingId: stay.bookingId, last },
      { runAt: at, jobKey: `${REMIND}:${stay.bookingId}:${last ? 'last' : 'first'}` },
    );
}

/** Announces review.reminder_due for each side of the stay that has not written its review yet. */
export const remindReviewers: JobDefinition = {
  name: REMIND,
  async run(payload, { em, clock }) {
    const { bookingId, last } = payloadSchema.parse(payload);
    await em.transactional(async (tx) => {
      const stay = await stays.lock(tx, bookingId);
      if (!stay || stay.closedAt || clock() >= stay.deadline) return;
      const written = (await reviews.revisionsOfStay(tx, bookingId)).map((r) => r.direction);
      for (const direction of [ReviewDirection.GUEST_TO_LISTING, ReviewDirection.HOST_TO_GUEST]) {
        if (written.includes(direction)) continue;
        await publish(
          tx,
          ReviewReminderDue,
          {
            bookingId,
            listingId: stay.listingId,
            listingTitle: stay.listingTitle,
            recipientId: direction === ReviewDirection.GUEST_TO_LISTING ? stay.guestId : stay.hostId,
            direction,
            checkOut: stay.checkOut,
            deadline: stay.deadline.toISOString(),
            last,
          },
          { clock },
        );
      }
    });
  },
};
