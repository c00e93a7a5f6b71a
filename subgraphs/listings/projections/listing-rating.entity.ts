import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';

/** A listing's review score as reviews last announced it; search filters and sorts on it. */
@Entity({ tableName: 'listing_ratings' })
@Index({ name: 'listing_ratings_average_rating_index', properties: ['averageRating', 'listingId'] })
export class ListingRating {
  @PrimaryKey({ type: 'uuid' })
  listingId!: string;

  /** Reviews' per-listing number: an older figure arriving late changes nothing. */
  @Property({ type: 'integer' })
  sequence!: number;

  @Property({ type: 'double' })
  averageRating!: number;

  @Property({ type: 'integer' })
  reviewCount!: number;
}
