import type { EntityManager } from '@mikro-orm/postgresql';
import { ReviewDirection } from '../../../contracts/enums/reviews';
import { newId } from '../../../platform/graphql/ids';
import type { Stay } from '../stay/stay.repository';
import type { SubRatings } from '../rating/rating-math';
import {
  REVIEW_COLUMNS,
  REVISION_COLUMNS,
  toReview,
  toRevision,
  type ReviewRecord,
  type RevisionRecord,
  type Row,
} from './review.records';

export interface Writing {
  rating: number;
  subRatings: SubRatings | null;
  body: string;
  privateNote: string | null;
}

/** Named statements over reviews and their revisions; the locking ones must run in a transaction. */
export class ReviewRepository {
  /**
   * The review the viewer writes for this stay, created if needed and locked: a guest's one review
   * of the listing (the partial unique index makes concurrent first stays meet on one row), or the
   * host's review of this stay.
   */
  async lockForStay(tx: EntityManager, stay: Stay, direction: ReviewDirection, now: Date): Promise<ReviewRecord> {
    const guest = direction === ReviewDirection.GUEST_TO_LISTING;
    const [authorId, aboutUserId] = guest ? [stay.guestId, stay.hostId] : [stay.hostId, stay.guestId];
    const conflict = guest
      ? `(author_id, listing_id) where direction = 'GUEST_TO_LISTING'`
      : `(host_booking_id) where direction = 'HOST_TO_GUEST'`;
    await tx.execute(
      `insert into reviews.reviews (id, direction, listing_id, author_id, about_user_id, host_booking_id, created_at)
       values (?, ?, ?, ?, ?, ?, ?) on conflict ${conflict} do nothing`,
      [newId(), direction, stay.listingId, authorId, aboutUserId, guest ? null : stay.bookingId, now],
    );
    const rows = await tx.execute<Row[]>(
      `select ${REVIEW_COLUMNS} from reviews.reviews r where ${
        guest
          ? `r.direction = 'GUEST_TO_LISTING' and r.author_id = ? and r.listing_id = ?`
          : `r.direction = 'HOST_TO_GUEST' and r.host_booking_id = ?`
      } for update`,
      guest ? [authorId, stay.listingId] : [stay.bookingId],
    );
    return toReview(rows[0]);
  }

  async find(em: EntityManager, reviewId: string): Promise<ReviewRecord | null> {
    const rows = await em.execute<Row[]>(`select ${REVIEW_COLUMNS} from reviews.reviews r where r.id = ?`, [reviewId]);
    return rows[0] ? toReview(rows[0]) : null;
  }

  async lock(tx: EntityManager, reviewId: string): Promise<ReviewRecord | null> {
    const rows = await tx.execute<Row[]>(`select ${REVIEW_COLUMNS} from reviews.reviews r where r.id = ? for update`, [
      reviewId,
    ]);
    return rows[0] ? toReview(rows[0]) : null;
  }

  async revisionOf(em: EntityManager, bookingId: string, direction: ReviewDirection): Promise<RevisionRecord | null> {
    const rows = await em.execute<Row[]>(
      `select ${REVISION_COLUMNS} from reviews.revisions v where v.booking_id = ? and v.direction = ?`,
      [bookingId, direction],
    );
    return rows[0] ? toRevision(rows[0]) : null;
  }

  async revisionsOfStay(em: EntityManager, bookingId: string): Promise<RevisionRecord[]> {
    const rows = await em.execute<Row[]>(
      `select ${REVISION_COLUMNS} from reviews.revisions v where v.booking_id = ? order by v.direction`,
      [bookingId],
    );
    return rows.map(toRevision);
  }

  async latestRevision(em: EntityManager, reviewId: string): Promise<RevisionRecord | null> {
    const rows = await em.execute<Row[]>(
      `select ${REVISION_COLUMNS} from reviews.revisions v where v.review_id = ? order by v.revision desc limit 1`,
      [reviewId],
    );
    return rows[0] ? toRevision(rows[0]) : null;
  }

  async shownRevision(em: EntityManager, review: ReviewRecord): Promise<RevisionRecord | null> {
    if (review.shownRevision === null) return null;
    const rows = await em.execute<Row[]>(
      `select ${REVISION_COLUMNS} from reviews.revisions v where v.review_id = ? and v.revision = ?`,
      [review.id, review.shownRevision],
    );
    return rows[0] ? toRevision(rows[0]) : null;
  }

  /** A new revision, numbered after the review's last (the caller holds the review's lock). */
  async addRevision(
    tx: EntityManager,
    review: ReviewRecord,
    bookingId: string,
    writing: Writing,
    now: Date,
  ): Promise<RevisionRecord> {
    const rows = await tx.execute<Row[]>(
      `insert into reviews.revisions as v (id, review_id, revision, booking_id, direction, rating, cleanliness, accuracy,
         check_in, communication, location, value, body, private_note, submitted_at, updated_at)
       select ?, ?, coalesce(max(revision), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
       from reviews.revisions where review_id = ?
       returning ${REVISION_COLUMNS}`,
      [newId(), review.id, bookingId, review.direction, ...this.values(writing), now, now, review.id],
    );
    return toRevision(rows[0]);
  }

  async rewrite(tx: EntityManager, revisionId: string, writing: Writing, now: Date): Promise<RevisionRecord> {
    const rows = await tx.execute<Row[]>(
      `update reviews.revisions v set rating = ?, cleanliness = ?, accuracy = ?, check_in = ?, communication = ?,
         location = ?, value = ?, body = ?, private_note = ?, updated_at = ?
       where v.id = ? and v.published_at is null returning ${REVISION_COLUMNS}`,
      [...this.values(writing), now, revisionId],
    );
    return toRevision(rows[0]);
  }

  async markPublished(tx: EntityManager, revisionId: string, at: Date): Promise<void> {
    await tx.execute(`update reviews.revisions set published_at = ? where id = ?`, [at, revisionId]);
  }

  /** The published revision everyone sees from now on (the later one wins). */
  async show(tx: EntityManager, review: ReviewRecord, revision: RevisionRecord, at: Date): Promise<void> {
    await tx.execute(`update reviews.reviews set shown_revision = ?, shown_rating = ?, shown_at = ? where id = ?`, [
      revision.revision,
      revision.rating,
      at,
      review.id,
    ]);
  }

  /** The host's one public reply; false when the revision already has one. */
  async respond(tx: EntityManager, revisionId: string, text: string, at: Date): Promise<boolean> {
    const rows = await tx.execute(
      `update reviews.revisions set response = ?, responded_at = ? where id = ? and response is null returning id`,
      [text, at, revisionId],
    );
    return rows.length > 0;
  }

  async setHidden(tx: EntityManager, reviewId: string, hidden: { at: Date; reason: string } | null): Promise<void> {
    await tx.execute(`update reviews.reviews set hidden_at = ?, hidden_reason = ? where id = ?`, [
      hidden?.at ?? null,
      hidden?.reason ?? null,
      reviewId,
    ]);
  }

  private values(writing: Writing): unknown[] {
    const sub = writing.subRatings;
    return [
      writing.rating,
      sub?.cleanliness ?? null,
      sub?.accuracy ?? null,
      sub?.checkIn ?? null,
      sub?.communication ?? null,
      sub?.location ?? null,
      sub?.value ?? null,
      writing.body,
      writing.privateNote,
    ];
  }
}
