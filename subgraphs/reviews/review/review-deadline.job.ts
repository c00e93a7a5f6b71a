import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { JobDefinition } from '../../../platform/events/event-handler';
import { enqueueJob } from '../../../platform/events/jobs';
import { RatingLedger } from '../rating/rating-ledger';
import { StayRepository } from '../stay/stay.repository';
import { Publication } from './publication';

export const PUBLISH_AT_DEADLINE = 'reviews.publish_at_deadline';

const payloadSchema = z.object({ bookingId: z.uuid() });
const stays = new StayRepository();

/** Queues the publication of a stay's reviews at its deadline, in the caller's transaction. */
export function scheduleReviewDeadline(tx: EntityManager, stay: { bookingId: string; deadline: Date }): Promise<void> {
  return enqueueJob(
    tx,
    PUBLISH_AT_DEADLINE,
    { bookingId: stay.bookingId },
    { runAt: stay.deadline, jobKey: `${PUBLISH_AT_DEADLINE}:${stay.bookingId}` },
  );
}

/**
 * The window closed: whatever was written about the stay is published, blind or not. A stay whose
 * reviews were published already (both wrote) is left alone; a run before the deadline by the
 * job's clock does nothing, so only the deadline publishes a one-sided review.
 */
export const publishAtDeadline: JobDefinition = {
  name: PUBLISH_AT_DEADLINE,
  async run(payload, { em, clock }) {
    const { bookingId } = payloadSchema.parse(payload);
    await em.transactional(async (tx) => {
      const stay = await stays.lock(tx, bookingId);
      if (!stay || stay.closedAt || clock() < stay.deadline) return;
      await new Publication(clock, new RatingLedger(clock)).publishStay(tx, stay);
    });
  },
};
