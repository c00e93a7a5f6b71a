import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * What bookings knows about a listing, from the listings events: a read model the handlers in
 * listing-terms.handlers.ts keep (newest `version` wins) and a replay rebuilds.
 */
@Entity({ tableName: 'listing_terms' })
export class ListingTerms {
  @PrimaryKey({ type: 'uuid' })
  listingId!: string;

  @Property({ type: 'uuid' })
  hostId!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'text' })
  status!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  currency!: string;

  @Property({ type: new BigIntType('number') })
  nightlyPriceMinor!: number;

  @Property({ type: new BigIntType('number') })
  cleaningFeeMinor!: number;

  @Property({ type: 'integer' })
  maxGuests!: number;

  @Property({ type: 'integer' })
  minNights!: number;

  @Property({ type: 'integer' })
  maxNights!: number;

  @Property({ type: 'boolean' })
  instantBook!: boolean;

  @Property({ type: 'text' })
  cancellationPolicy!: string;

  @Property({ type: 'text' })
  timeZone!: string;

  @Property({ type: 'text' })
  checkInTime!: string;

  @Property({ type: 'text' })
  checkOutTime!: string;
}
