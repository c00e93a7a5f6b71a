import { BigIntType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Money } from '../../../platform/graphql/money/money.type';

/**
 * One refund of a booking's payment, as payments announced it in `payment.refunded` (a read model
 * that booking-refunds.handlers.ts keeps and a replay rebuilds). Keyed by payments' refund id, so a
 * redelivered or republished announcement is the same row.
 */
@Entity({ tableName: 'booking_refunds' })
@Index({ name: 'booking_refunds_booking_id_index', properties: ['bookingId'] })
@ObjectType({ description: "Money paid back to the guest: one refund of the booking's payment." })
export class BookingRefund {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: "The refund's id (the payments domain's)." })
  id!: string;

  @Property({ type: 'uuid' })
  bookingId!: string;

  @Property({ type: 'uuid' })
  paymentId!: string;

  @Property({ type: new BigIntType('number') })
  amountMinor!: number;

  /** Everything refunded of the payment once this refund succeeded: the booking's figure is the highest. */
  @Property({ type: new BigIntType('number') })
  refundedTotalMinor!: number;

  @Property({ type: 'text' })
  currency!: string;

  @Property({ type: 'boolean' })
  @Field({ description: 'True when this refund left the payment refunded in full.' })
  full!: boolean;

  @Property({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When the refund succeeded at the payment provider.' })
  refundedAt!: Date;

  @Field(() => Money, { description: 'What this refund paid back, in the booking currency.' })
  get amount(): Money {
    return new Money(this.amountMinor, this.currency);
  }
}
