import { BigIntType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * How far a booking has gone. Only ever moves up, so booking events applied in any order leave the
 * furthest stage they announced.
 */
export enum StayStage {
  /** Known only from a payment event so far. */
  UNKNOWN = 0,
  AWAITING_HOST = 1,
  AWAITING_PAYMENT = 2,
  CONFIRMED = 3,
  /** Cancelled, declined, expired or completed. */
  ENDED = 4,
}

/**
 * A booking as bookings and payments announced it, kept so accounts can refuse to delete someone
 * with a stay ahead or money on its way, without reading another subgraph's tables.
 */
@Entity({ tableName: 'user_stays' })
@Index({ name: 'user_stays_guest_id_index', properties: ['guestId'] })
@Index({ name: 'user_stays_host_id_index', properties: ['hostId'] })
export class UserStay {
  @PrimaryKey({ type: 'uuid' })
  bookingId!: string;

  @Property({ type: 'uuid' })
  guestId!: string;

  /** Null while only a payment event named the booking (payment events do not carry the host). */
  @Property({ type: 'uuid', nullable: true })
  hostId: string | null = null;

  @Property({ type: 'smallint', default: StayStage.UNKNOWN })
  stage: StayStage = StayStage.UNKNOWN;

  /** What the cancellation promised back to the guest, in the booking currency's minor units. */
  @Property({ type: new BigIntType('number'), default: 0 })
  refundDueMinor: number = 0;

  /** The highest refunded total payments announced for the booking's payment. */
  @Property({ type: new BigIntType('number'), default: 0 })
  refundedMinor: number = 0;

  /** Payments said the payment is refunded in full. */
  @Property({ type: 'boolean', default: false })
  refundedInFull: boolean = false;
}
