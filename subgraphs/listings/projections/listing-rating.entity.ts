import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * A listing's review score as reviews last announced it; search filters and sorts on it. A row with
 * no average (zero reviews) is a listing with no rating any more: it matches no minRating and sorts
 * with the unrated.
 */
@Entity({ tableName: 'listing_ratings' })
@Index({ name: 'listing_ratings_shown_rating_index', properties: ['shownRating', 'reviewCount', 'listingId'] })
export class ListingRating {
  @PrimaryKey({ type: 'uuid' })
  listingId!: string;

  /** Reviews' per-listing number: an older figure arriving late changes nothing. */
  @Property({ type: 'integer' })
  sequence!: number;

  @Property({ type: 'double', nullable: true })
  averageRating: number | null = null;

  @Property({ type: 'integer' })
  reviewCount!: number;

  /** The figure users see (half-up to one decimal, exact in numeric), so "4.5" passes minRating 4.5. */
  @Property({
    type: 'decimal',
    precision: 2,
    scale: 1,
    nullable: true,
    generated: '(round((average_rating)::numeric, 1)) stored',
  })
  shownRating?: string | null;
}
