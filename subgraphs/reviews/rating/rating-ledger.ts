import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../platform/runtime/clock';
import { publish } from '../../../platform/events/publish';
import { ListingRatingChanged } from '../../../contracts/events/reviews';
import { applyChange, averageOf, EMPTY_TOTALS, type RatingTotals, type Scored } from './rating-math';

export interface RatingRow {
  listing_id: string;
  sequence: string;
  review_count: number;
  rating_sum: number;
  cleanliness_sum: number;
  accuracy_sum: number;
  check_in_sum: number;
  communication_sum: number;
  location_sum: number;
  value_sum: number;
  stars_1: number;
  stars_2: number;
  stars_3: number;
  stars_4: number;
  stars_5: number;
}

export function totalsOf(row: RatingRow | undefined): RatingTotals {
  if (!row) return EMPTY_TOTALS;
  return {
    count: row.review_count,
    ratingSum: row.rating_sum,
    subRatingSums: {
      cleanliness: row.cleanliness_sum,
      accuracy: row.accuracy_sum,
      checkIn: row.check_in_sum,
      communication: row.communication_sum,
      location: row.location_sum,
      value: row.value_sum,
    },
    stars: [row.stars_1, row.stars_2, row.stars_3, row.stars_4, row.stars_5],
  };
}

/**
 * Keeps each listing's aggregate exact: the change is applied under the aggregate row's lock in the
 * caller's transaction, and announced with the next per-listing sequence in the same transaction.
 */
export class RatingLedger {
  constructor(private readonly clock: Clock) {}

  async change(
    tx: EntityManager,
    listingId: string,
    removed: Scored | null,
    added: Scored | null,
    requestId?: string,
  ): Promise<void> {
    if (!removed && !added) return;
    await tx.execute(`insert into reviews.listing_ratings (listing_id) values (?) on conflict do nothing`, [listingId]);
    const [row] = await tx.execute<RatingRow[]>(
      `select * from reviews.listing_ratings where listing_id = ? for update`,
      [listingId],
    );
    const next = applyChange(totalsOf(row), removed, added);
    const sequence = Number(row.sequence) + 1;
    const s = next.subRatingSums;
    await tx.execute(
      `update reviews.listing_ratings set sequence = ?, review_count = ?, rating_sum = ?, cleanliness_sum = ?, accuracy_sum = ?,
         check_in_sum = ?, communication_sum = ?, location_sum = ?, value_sum = ?,
         stars_1 = ?, stars_2 = ?, stars_3 = ?, stars_4 = ?, stars_5 = ?
       where listing_id = ?`,
      [
        sequence,
        next.count,
        next.ratingSum,
        s.cleanliness,
        s.accuracy,
        s.checkIn,
        s.communication,
        s.location,
        s.value,
        ...next.stars,
        listingId,
      ],
    );
    await publish(
      tx,
      ListingRatingChanged,
      { listingId, sequence, averageRating: averageOf(next.ratingSum, next.count), reviewCount: next.count },
      { clock: this.clock, requestId },
    );
  }
}
