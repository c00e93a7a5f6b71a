import { z } from 'zod';
import { defineEvent } from '../../kernel/events/event-definition';

/*
 * The bookings event this subgraph consumes, declared here because subgraphs never import each
 * other. Listings defines the contract before bookings publishes it (schema/events.md); bookings'
 * own definition must keep this name, version, producer and payload.
 */

const localDate = z.iso.date();

export const ListingAvailabilityChanged = defineEvent({
  name: 'listing.availability_changed',
  version: 1,
  producer: 'bookings',
  description:
    "A full snapshot of a listing's occupied nights from today on (pending holds, confirmed stays, host blocks) as half-open local-date ranges [from, to).",
  payload: z.object({
    listingId: z.uuid(),
    sequence: z.number().int().nonnegative(),
    occupied: z.array(z.object({ from: localDate, to: localDate }).refine((range) => range.from < range.to, { message: 'from must be before to' })),
  }),
});
