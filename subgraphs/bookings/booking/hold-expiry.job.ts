import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { JobDefinition } from '../../../platform/events/event-handler';
import { enqueueJobs, type JobSpec } from '../../../platform/events/jobs';
import type { Booking } from './booking.entity';
import { BookingLifecycle } from './booking-lifecycle';

export const EXPIRE_HOLD = 'bookings.expire_hold';

const payloadSchema = z.object({ bookingId: z.uuid(), holdExpiresAt: z.iso.datetime() });

/**
 * Queues the end of a pending booking's hold, in the caller's transaction. One pending job per
 * booking: accepting a request replaces the host's deadline with the payment's.
 */
export function scheduleHoldExpiry(tx: EntityManager, booking: Booking & { holdExpiresAt: Date }): Promise<void> {
  return enqueueJobs(tx, [holdExpiry(booking)]);
}

/** The job `scheduleHoldExpiry` enqueues, for a transaction that gathers its jobs in an `Outbox`. */
export function holdExpiry(booking: Booking & { holdExpiresAt: Date }): JobSpec {
  return {
    task: EXPIRE_HOLD,
    payload: { bookingId: booking.id, holdExpiresAt: booking.holdExpiresAt.toISOString() },
    options: { runAt: booking.holdExpiresAt, jobKey: `${EXPIRE_HOLD}:${booking.id}` },
  };
}

/**
 * Cancels a booking still pending when its hold ends, and frees its nights. The deadline travels
 * with the job: a job for an older deadline (an accepted request's host deadline) does nothing,
 * whichever worker's clock runs it.
 */
export const expireHold: JobDefinition = {
  name: EXPIRE_HOLD,
  async run(payload, { em, clock }) {
    const { bookingId, holdExpiresAt } = payloadSchema.parse(payload);
    await new BookingLifecycle(clock).expire(em, bookingId, new Date(holdExpiresAt));
  },
};
