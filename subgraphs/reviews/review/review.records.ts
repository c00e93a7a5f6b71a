import type { ReviewDirection } from '../../../contracts/enums/reviews';
import type { SubRatings } from '../rating/rating-math';

/** One review: a guest's of a listing (all their stays there), or a host's of a guest (one stay). */
export interface ReviewRecord {
  id: string;
  direction: ReviewDirection;
  listingId: string;
  authorId: string;
  aboutUserId: string;
  /** The published revision shown to everyone; null until the first is published. */
  shownRevision: number | null;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  createdAt: Date;
}

/** What the author wrote about one stay; published revisions change only by the host's response. */
export interface RevisionRecord {
  id: string;
  reviewId: string;
  revision: number;
  bookingId: string;
  direction: ReviewDirection;
  rating: number;
  /** Guest reviews only. */
  subRatings: SubRatings | null;
  body: string;
  privateNote: string | null;
  submittedAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  response: string | null;
  respondedAt: Date | null;
}

export const REVIEW_COLUMNS = `r.id as r_id, r.direction as r_direction, r.listing_id as r_listing_id, r.author_id as r_author_id,
  r.about_user_id as r_about_user_id, r.shown_revision as r_shown_revision, r.hidden_at as r_hidden_at,
  r.hidden_reason as r_hidden_reason, r.created_at as r_created_at`;

export const REVISION_COLUMNS = `v.id as v_id, v.review_id as v_review_id, v.revision as v_revision, v.booking_id as v_booking_id,
  v.direction as v_direction, v.rating as v_rating, v.cleanliness as v_cleanliness, v.accuracy as v_accuracy,
  v.check_in as v_check_in, v.communication as v_communication, v.location as v_location, v.value as v_value,
  v.body as v_body, v.private_note as v_private_note, v.submitted_at as v_submitted_at, v.updated_at as v_updated_at,
  v.published_at as v_published_at, v.response as v_response, v.responded_at as v_responded_at`;

export type Row = Record<string, unknown>;

const date = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string));

export function toReview(row: Row): ReviewRecord {
  return {
    id: row.r_id as string,
    direction: row.r_direction as ReviewDirection,
    listingId: row.r_listing_id as string,
    authorId: row.r_author_id as string,
    aboutUserId: row.r_about_user_id as string,
    shownRevision: (row.r_shown_revision as number | null) ?? null,
    hiddenAt: date(row.r_hidden_at),
    hiddenReason: (row.r_hidden_reason as string | null) ?? null,
    createdAt: date(row.r_created_at) as Date,
  };
}

export function toRevision(row: Row): RevisionRecord {
  return {
    id: row.v_id as string,
    reviewId: row.v_review_id as string,
    revision: row.v_revision as number,
    bookingId: row.v_booking_id as string,
    direction: row.v_direction as ReviewDirection,
    rating: row.v_rating as number,
    subRatings:
      row.v_cleanliness === null
        ? null
        : {
            cleanliness: row.v_cleanliness as number,
            accuracy: row.v_accuracy as number,
            checkIn: row.v_check_in as number,
            communication: row.v_communication as number,
            location: row.v_location as number,
            value: row.v_value as number,
          },
    body: row.v_body as string,
    privateNote: (row.v_private_note as string | null) ?? null,
    submittedAt: date(row.v_submitted_at) as Date,
    updatedAt: date(row.v_updated_at) as Date,
    publishedAt: date(row.v_published_at),
    response: (row.v_response as string | null) ?? null,
    respondedAt: date(row.v_responded_at),
  };
}
