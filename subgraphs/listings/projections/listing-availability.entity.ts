import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * The nights a listing is taken (held, booked or blocked by its host), as bookings last announced
 * them: one row per listing, the occupied half-open local-date ranges as one multirange, so "free
 * for [check-in, check-out)" is a single `&&` test the GiST index answers.
 */
@Entity({ tableName: 'listing_availability' })
@Index({
  name: 'listing_availability_occupied_index',
  expression:
    'create index "listing_availability_occupied_index" on "listings"."listing_availability" using gist ("occupied")',
})
export class ListingAvailability {
  @PrimaryKey({ type: 'uuid' })
  listingId!: string;

  /** Bookings' per-listing snapshot number: an older snapshot arriving late changes nothing. */
  @Property({ type: 'integer' })
  sequence!: number;

  @Property({ columnType: 'datemultirange', type: 'string' })
  occupied!: string;
}
