import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isId } from '../../platform/graphql/ids';
import type { RequestContext } from '../../platform/graphql/context';
import { totalsOf, type RatingRow } from './rating/rating-ledger';
import type { RatingTotals } from './rating/rating-math';
import {
  REVIEW_COLUMNS,
  REVISION_COLUMNS,
  toReview,
  toRevision,
  type ReviewRecord,
  type RevisionRecord,
  type Row,
} from './review/review.records';

export interface LoadedReview {
  review: ReviewRecord;
  revisions: RevisionRecord[];
}

/** Reviews by id with all their revisions: two statements for any number of ids. */
function createReviewLoader(em: EntityManager): DataLoader<string, LoadedReview | null> {
  return new DataLoader(async (ids) => {
    const wellFormed = ids.filter(isId);
    if (wellFormed.length === 0) return ids.map(() => null);
    const reviewRows = await em.execute<Row[]>(`select ${REVIEW_COLUMNS} from reviews.reviews r where r.id in (?)`, [
      wellFormed,
    ]);
    const revisionRows = await em.execute<Row[]>(
      `select ${REVISION_COLUMNS} from reviews.revisions v where v.review_id in (?)`,
      [wellFormed],
    );
    const revisions = revisionRows.map(toRevision);
    const byId = new Map(
      reviewRows
        .map(toReview)
        .map((review) => [review.id, { review, revisions: revisions.filter((v) => v.reviewId === review.id) }]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Listings' aggregates in one statement; a listing never reviewed has empty totals. */
function createRatingLoader(em: EntityManager): DataLoader<string, RatingTotals> {
  return new DataLoader(async (listingIds) => {
    const wellFormed = listingIds.filter(isId);
    const rows =
      wellFormed.length > 0
        ? await em.execute<RatingRow[]>(`select * from reviews.listing_ratings where listing_id in (?)`, [wellFormed])
        : [];
    const byId = new Map(rows.map((row) => [row.listing_id, row]));
    return listingIds.map((id) => totalsOf(byId.get(id)));
  });
}

export function createLoaders(em: EntityManager) {
  return { reviewById: createReviewLoader(em), listingRating: createRatingLoader(em) };
}

export type ReviewsContext = RequestContext<ReturnType<typeof createLoaders>>;
