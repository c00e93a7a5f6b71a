import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * Guests with a confirmed, not yet finished stay, as learnt from bookings' events: they see the
 * listing's exact address and position, which everyone else sees only roughly.
 */
@Entity({ tableName: 'confirmed_stays' })
@Index({ name: 'confirmed_stays_guest_id_listing_id_index', properties: ['guestId', 'listingId'] })
export class ConfirmedStay {
  @PrimaryKey({ type: 'uuid' })
  bookingId!: string;

  @Property({ type: 'uuid' })
  listingId!: string;

  @Property({ type: 'uuid' })
  guestId!: string;

  /** Cancelled or completed. Kept rather than deleted, so a confirmation delivered late cannot revive it. */
  @Property({ type: 'boolean' })
  ended!: boolean;
}
