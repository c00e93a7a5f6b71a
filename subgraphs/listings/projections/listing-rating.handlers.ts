import type { EntityManager } from '@mikro-orm/postgresql';
import { defineHandler } from '../../../platform/events/event-handler';
import { forgetSearchesAfterCommit } from './forget-searches.job';
import { ListingRatingChanged } from '../../../contracts/events/reviews';

/** Keeps the listing's latest rating unless a newer figure is already in. */
export const recordRating = defineHandler({
  name: 'listings.record_rating',
  event: ListingRatingChanged,
  kind: 'projection',
  description: "search's minimum rating and rating sort",
  handle: async ({ payload }, { em }) => {
    await em.execute(
      `insert into listings.listing_ratings (listing_id, sequence, average_rating, review_count) values (?, ?, ?, ?)
       on conflict (listing_id) do update
       set sequence = excluded.sequence, average_rating = excluded.average_rating, review_count = excluded.review_count
       where listing_ratings.sequence < excluded.sequence`,
      [payload.listingId, payload.sequence, payload.averageRating, payload.reviewCount],
    );
    await forgetSearchesAfterCommit(em);
  },
});

export async function resetRatings(em: EntityManager): Promise<void> {
  await em.execute('delete from listings.listing_ratings');
}
