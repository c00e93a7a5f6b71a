import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { idSchema } from '../../../platform/graphql/ids';
import type { PageRequest } from '../../../platform/graphql/pagination';
import { ReviewSort } from './review.enums';
import {
  REVIEW_COLUMNS,
  REVISION_COLUMNS,
  toReview,
  toRevision,
  type ReviewRecord,
  type RevisionRecord,
  type Row,
} from './review.records';

/** Where a page of shown reviews stops: the last one's rating, publication instant and id. */
export const reviewPosition = z.tuple([z.number().int().min(1).max(5), z.iso.datetime(), idSchema]);
export type ReviewPosition = z.output<typeof reviewPosition>;

export interface ShownReview {
  review: ReviewRecord;
  revision: RevisionRecord;
}

const SHOWN = `r.shown_revision is not null and r.hidden_at is null`;

/** Keyset conditions and orders per sort; ties always break newest (then highest id) first. */
const ORDER: Record<ReviewSort, { order: string; after: string }> = {
  [ReviewSort.NEWEST]: {
    order: 'r.shown_at desc, r.id desc',
    after: '(r.shown_at, r.id) < (?::timestamptz, ?::uuid)',
  },
  [ReviewSort.HIGHEST]: {
    order: 'r.shown_rating desc, r.shown_at desc, r.id desc',
    after: '(r.shown_rating < ? or (r.shown_rating = ? and (r.shown_at, r.id) < (?::timestamptz, ?::uuid)))',
  },
  [ReviewSort.LOWEST]: {
    order: 'r.shown_rating asc, r.shown_at desc, r.id desc',
    after: '(r.shown_rating > ? or (r.shown_rating = ? and (r.shown_at, r.id) < (?::timestamptz, ?::uuid)))',
  },
};

export function positionOf(shown: ShownReview): ReviewPosition {
  return [shown.revision.rating, (shown.revision.publishedAt as Date).toISOString(), shown.review.id];
}

export class ReviewQueries {
  /** One page of a listing's shown guest reviews with their shown revisions, in one statement. */
  listingPage(em: EntityManager, listingId: string, sort: ReviewSort, page: PageRequest<ReviewPosition>) {
    return this.page(em, `r.direction = 'GUEST_TO_LISTING' and r.listing_id = ?`, [listingId], sort, page);
  }

  /** One page of the shown reviews hosts wrote about a guest, newest first, in one statement. */
  aboutUserPage(em: EntityManager, userId: string, page: PageRequest<ReviewPosition>) {
    return this.page(em, `r.direction = 'HOST_TO_GUEST' and r.about_user_id = ?`, [userId], ReviewSort.NEWEST, page);
  }

  private async page(
    em: EntityManager,
    where: string,
    params: unknown[],
    sort: ReviewSort,
    page: PageRequest<ReviewPosition>,
  ): Promise<{ items: ShownReview[]; hasNextPage: boolean }> {
    const { order, after } = ORDER[sort];
    const afterParams = page.after
      ? sort === ReviewSort.NEWEST
        ? [page.after[1], page.after[2]]
        : [page.after[0], page.after[0], page.after[1], page.after[2]]
      : [];
    const rows = await em.execute<Row[]>(
      `select ${REVIEW_COLUMNS}, ${REVISION_COLUMNS}
       from reviews.reviews r join reviews.revisions v on v.review_id = r.id and v.revision = r.shown_revision
       where ${where} and ${SHOWN}${page.after ? ` and ${after}` : ''}
       order by ${order} limit ?`,
      [...params, ...afterParams, page.first + 1],
    );
    const items = rows.slice(0, page.first).map((row) => ({ review: toReview(row), revision: toRevision(row) }));
    return { items, hasNextPage: rows.length > page.first };
  }
}
