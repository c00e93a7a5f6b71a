import { Check, Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { ReviewDirection } from '../../../contracts/enums/reviews';
import { newId } from '../../../platform/graphql/ids';

const SHOWN_GUEST_REVIEW = `"direction" = 'GUEST_TO_LISTING' and "shown_revision" is not null and "hidden_at" is null`;
const SHOWN_HOST_REVIEW = `"direction" = 'HOST_TO_GUEST' and "shown_revision" is not null and "hidden_at" is null`;

/**
 * One review: a guest's of a listing (all their stays there), or a host's of a guest (one stay); what
 * was written lives in its revisions. Declared so the ORM's schema diff knows the table; the
 * repositories use SQL (row locks, `on conflict` against the partial unique indexes, keyset pages).
 * MikroORM cannot describe partial indexes: it knows them by their raw expression and compares them
 * by name only.
 */
@Entity({ tableName: 'reviews' })
@Check({
  name: 'reviews_host_booking_check',
  expression: `("direction" = 'HOST_TO_GUEST') = ("host_booking_id" is not null)`,
})
// One review per guest per listing; a host writes one per stay.
@Unique({
  name: 'reviews_guest_listing_unique',
  expression: `create unique index "reviews_guest_listing_unique" on "reviews"."reviews" ("author_id", "listing_id") where "direction" = 'GUEST_TO_LISTING'`,
})
@Unique({
  name: 'reviews_host_booking_unique',
  expression: `create unique index "reviews_host_booking_unique" on "reviews"."reviews" ("host_booking_id") where "direction" = 'HOST_TO_GUEST'`,
})
// The pages of review.queries.ts: a listing's shown guest reviews by date or rating, a guest's shown host reviews.
@Index({
  name: 'reviews_listing_shown_index',
  expression: `create index "reviews_listing_shown_index" on "reviews"."reviews" ("listing_id", "shown_at" desc, "id" desc) where ${SHOWN_GUEST_REVIEW}`,
})
@Index({
  name: 'reviews_listing_rating_index',
  expression: `create index "reviews_listing_rating_index" on "reviews"."reviews" ("listing_id", "shown_rating", "shown_at" desc, "id" desc) where ${SHOWN_GUEST_REVIEW}`,
})
@Index({
  name: 'reviews_about_user_index',
  expression: `create index "reviews_about_user_index" on "reviews"."reviews" ("about_user_id", "shown_at" desc, "id" desc) where ${SHOWN_HOST_REVIEW}`,
})
export class StoredReview {
  [OptionalProps]?:
    'hostBookingId' | 'shownRevision' | 'shownRating' | 'shownAt' | 'hiddenAt' | 'hiddenReason' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Enum({ items: () => ReviewDirection })
  direction!: ReviewDirection;

  @Property({ type: 'uuid' })
  listingId!: string;

  @Property({ type: 'uuid' })
  authorId!: string;

  /** The host (of a guest review) or the guest (of a host review). */
  @Property({ type: 'uuid' })
  aboutUserId!: string;

  /** A host review's stay; null for a guest review, which spans all the guest's stays at the listing. */
  @Property({ type: 'uuid', nullable: true })
  hostBookingId: string | null = null;

  /** The published revision everyone sees; null until the first is published. */
  @Property({ type: 'integer', nullable: true })
  shownRevision: number | null = null;

  /** The shown revision's rating and publication instant, copied here for the keyset pages. */
  @Property({ type: 'smallint', nullable: true })
  shownRating: number | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  shownAt: Date | null = null;

  /** Set while an admin hides the review. */
  @Property({ type: 'timestamptz', nullable: true })
  hiddenAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  hiddenReason: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
