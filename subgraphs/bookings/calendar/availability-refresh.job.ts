import { z } from 'zod';
import type { JobDefinition } from '../../../platform/events/event-handler';
import type { JobSpec } from '../../../platform/events/jobs';
import { republishAvailability } from './availability-announcement';

export const REPUBLISH_AVAILABILITY = 'bookings.republish_availability';

const payloadSchema = z.object({ listingId: z.uuid(), timeZone: z.string().min(1) });

/**
 * The job that publishes a listing's availability after a booking took nights, outside the booking's
 * transaction (which only bumps the calendar version). One pending job per listing: bookings that
 * commit while it waits for a worker are covered by the one snapshot it reads; one committing while
 * it runs queues the next (graphile-worker gives a running job's key to a new job).
 */
export function availabilityRefresh(listing: { listingId: string; timeZone: string }): JobSpec {
  return {
    task: REPUBLISH_AVAILABILITY,
    payload: { listingId: listing.listingId, timeZone: listing.timeZone },
    options: { jobKey: `${REPUBLISH_AVAILABILITY}:${listing.listingId}` },
  };
}

export const republishAvailabilityJob: JobDefinition = {
  name: REPUBLISH_AVAILABILITY,
  async run(payload, { em, clock }) {
    await republishAvailability(em, payloadSchema.parse(payload), { clock });
  },
};
