import { z } from 'zod';
import { defineEvent } from '../../../platform/events/event-definition';

/*
 * The reviews event this subgraph consumes, declared here because subgraphs never import each other.
 * Listings defines the contract before reviews publishes it (schema/events.md); reviews' own
 * definition must keep this name, version, producer and payload.
 */

export const ListingRatingChanged = defineEvent({
  name: 'listing.rating_changed',
  version: 1,
  producer: 'reviews',
  description: "A listing's average rating and review count after a review was published or removed.",
  payload: z.object({
    listingId: z.uuid(),
    sequence: z.number().int().nonnegative(),
    averageRating: z.number().min(1).max(5),
    reviewCount: z.number().int().positive(),
  }),
});
