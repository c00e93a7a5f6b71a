import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import type { ListingTermsPayload } from '../../../contracts/events/listings';
import type { CancellationPolicy } from '../booking/booking.enums';

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

  // Typed by the contract; a plain text column, as the event's schema is what checks the value.
  @Property({ type: 'text' })
  status!: ListingTermsPayload['status'];

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
  cancellationPolicy!: CancellationPolicy;

  @Property({ type: 'text' })
  timeZone!: string;

  @Property({ type: 'text' })
  checkInTime!: string;

  @Property({ type: 'text' })
  checkOutTime!: string;
}
