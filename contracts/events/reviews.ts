import { z } from 'zod';
import { defineEvent } from './event';

/*
 * Defined ahead of the reviews subgraph (listings consumes it already): reviews must publish
 * exactly this name, version and payload.
 */

export const ListingRatingChanged = defineEvent({
  name: 'listing.rating_changed',
  version: 1,
  producer: 'reviews',
  description:
    "A listing's average rating and review count after a review was published or removed: a snapshot, not a delta. A listing with no reviews left is not announced.",
  payload: z.object({
    listingId: z.uuid().describe('the listing'),
    sequence: z
      .number()
      .int()
      .nonnegative()
      .describe('per listing, strictly increasing; a figure not newer than the one kept changes nothing'),
    averageRating: z.number().min(1).max(5).describe('the current average of its published reviews'),
    reviewCount: z.number().int().positive().describe('how many published reviews it has'),
  }),
});

export const REVIEWS_EVENTS = [ListingRatingChanged];
