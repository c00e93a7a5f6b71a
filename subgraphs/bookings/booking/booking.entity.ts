import { BigIntType, Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { GraphQLLocalDate } from '../../../platform/graphql/scalars/local-date';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { newId } from '../../../platform/graphql/ids';
import { Awaiting, BookingEndReason, BookingStatus, CancellationPolicy } from './booking.enums';

/**
 * A guest's reservation of a listing's nights. Its price and terms are fixed when it is made (later
 * listing changes do not touch it); its dates are held by an active row in `occupancies`.
 */
@Entity({ tableName: 'bookings' })
@Unique({ name: 'bookings_guest_id_idempotency_key_unique', properties: ['guestId', 'idempotencyKey'] })
@Index({ name: 'bookings_guest_id_id_index', properties: ['guestId', 'id'] })
@Index({ name: 'bookings_listing_id_id_index', properties: ['listingId', 'id'] })
@Index({ name: 'bookings_status_check_out_at_index', properties: ['status', 'checkOutAt'] })
@ObjectType({
  description: "A guest's reservation of a listing. Visible to the guest, the listing's host and admins only.",
})
@Directive('@key(fields: "id")')
export class Booking {
  [OptionalProps]?:
    | 'createdAt'
    | 'updatedAt'
    | 'awaiting'
    | 'endReason'
    | 'holdExpiresAt'
    | 'refundMinor'
    | 'paymentId'
    | 'lastPaymentError'
    | 'lastPaymentErrorAt';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: "The booking's permanent id." })
  id: string = newId();

  @Property({ type: 'uuid' })
  listingId!: string;

  @Property({ type: 'uuid' })
  guestId!: string;

  @Property({ type: 'uuid' })
  hostId!: string;

  /** The listing's title when booked: booking events carry it so notifications can name the place. */
  @Property({ type: 'text' })
  listingTitle!: string;

  /** Retries of one `createBooking` carry the same key and get the same booking back. */
  @Property({ type: 'text' })
  idempotencyKey!: string;

  @Enum({ items: () => BookingStatus })
  @Field(() => BookingStatus, { description: 'Where the booking is in its life.' })
  status!: BookingStatus;

  @Enum({ items: () => Awaiting, nullable: true })
  @Field(() => Awaiting, { nullable: true, description: 'For a PENDING booking: the host (to accept) or the payment.' })
  awaiting: Awaiting | null = null;

  @Enum({ items: () => BookingEndReason, nullable: true })
  @Field(() => BookingEndReason, { nullable: true, description: 'For a CANCELLED booking: why.' })
  endReason: BookingEndReason | null = null;

  @Property({ type: 'date' })
  @Field(() => GraphQLLocalDate, { description: "First night, in the listing's time zone." })
  checkIn!: string;

  @Property({ type: 'date' })
  @Field(() => GraphQLLocalDate, { description: "Check-out day, in the listing's time zone." })
  checkOut!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Nights from check-in to check-out, at least 1.' })
  nights!: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'How many guests stay, at least 1.' })
  guests!: number;

  @Property({ type: 'text' })
  currency!: string;

  @Property({ type: new BigIntType('number') })
  accommodationMinor!: number;

  @Property({ type: new BigIntType('number') })
  cleaningFeeMinor!: number;

  @Property({ type: new BigIntType('number') })
  serviceFeeMinor!: number;

  @Property({ type: new BigIntType('number') })
  taxesMinor!: number;

  @Property({ type: new BigIntType('number') })
  totalMinor!: number;

  /** Set when a paid booking is cancelled: what the guest gets back. */
  @Property({ type: new BigIntType('number'), nullable: true })
  refundMinor: number | null = null;

  @Property({ type: 'uuid', nullable: true })
  paymentId: string | null = null;

  /** Why the guest's latest payment attempt failed, while the booking still awaits payment (see payment-failed.handler.ts). */
  @Property({ type: 'text', nullable: true })
  lastPaymentError: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  lastPaymentErrorAt: Date | null = null;

  @Enum({ items: () => CancellationPolicy })
  @Field(() => CancellationPolicy, { description: 'The policy of the listing when the booking was made.' })
  cancellationPolicy!: CancellationPolicy;

  @Property({ type: 'text' })
  timeZone!: string;

  @Property({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, {
    description: "When check-in opens: the check-in date at the listing's check-in time, in its time zone.",
  })
  checkInAt!: Date;

  @Property({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, {
    description: "Latest check-out: the check-out date at the listing's check-out time.",
  })
  checkOutAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'A PENDING booking is cancelled (EXPIRED) if still pending at this time.',
  })
  holdExpiresAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When the guest made the booking.' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When the booking last changed.' })
  updatedAt: Date = new Date();
}
