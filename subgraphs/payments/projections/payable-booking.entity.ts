import { BigIntType, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/postgresql';

const PAYABLE_STATES = ['OPEN', 'CONFIRMED', 'ENDED'] as const;

/** OPEN: awaits payment or the host; CONFIRMED: paid by `confirmedPaymentId`; ENDED: cancelled or expired. */
export type PayableState = (typeof PAYABLE_STATES)[number];

/**
 * What payments knows of a booking, from bookings' events (a read model a replay rebuilds): what it
 * costs, who pays, until when, and whether it can still be paid.
 */
@Entity({ tableName: 'payable_bookings' })
export class PayableBooking {
  @PrimaryKey({ type: 'uuid' })
  bookingId!: string;

  @Property({ type: 'uuid' })
  guestId!: string;

  @Property({ type: 'uuid' })
  hostId!: string;

  @Property({ type: new BigIntType('number') })
  amountMinor!: number;

  @Property({ type: 'text', columnType: 'char(3)' })
  currency!: string;

  @Property({ type: 'timestamptz', nullable: true })
  holdExpiresAt!: Date | null;

  /** HOST or PAYMENT while OPEN. */
  @Property({ type: 'text', nullable: true })
  awaiting!: string | null;

  @Enum({ items: [...PAYABLE_STATES] })
  state!: PayableState;

  @Property({ type: 'uuid', nullable: true })
  confirmedPaymentId!: string | null;

  /** The newest event applied; UUIDv7 ids order events, so a late older one changes nothing. */
  @Property({ type: 'uuid' })
  eventId!: string;
}
