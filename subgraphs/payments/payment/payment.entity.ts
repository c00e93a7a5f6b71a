import {
  BigIntType,
  Check,
  Entity,
  Enum,
  Index,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/postgresql';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { newId } from '../../../platform/graphql/ids';
import { PaymentProvider, PaymentStatus } from './payment.enums';

/**
 * A guest's payment for one booking (at most one per booking: a unique constraint). Its amount and
 * currency come from the projection of the booking, never from the client. Of a card only Stripe's
 * display data (brand, last 4) is kept. Fields beyond status and amount are resolved per viewer
 * (payment-fields.resolver.ts).
 */
@Entity({ tableName: 'payments' })
@Unique({ name: 'payments_booking_id_unique', properties: ['bookingId'] })
@Index({ name: 'payments_status_updated_at_index', properties: ['status', 'updatedAt'] })
@Check({ name: 'payments_refunded_check', expression: 'refunded_minor >= 0 and refunded_minor <= charged_minor' })
@ObjectType({
  description: "A guest's payment for a booking. The guest and admins see it all; the host status and amount.",
})
export class Payment {
  [OptionalProps]?:
    | 'refundedMinor'
    | 'providerReference'
    | 'clientSecret'
    | 'receipt'
    | 'payerPhone'
    | 'cardBrand'
    | 'cardLast4'
    | 'failureReason'
    | 'disputed';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: "The payment's permanent id." })
  id: string = newId();

  @Property({ type: 'uuid' })
  bookingId!: string;

  @Property({ type: 'uuid' })
  guestId!: string;

  @Property({ type: 'uuid' })
  hostId!: string;

  @Enum({ items: () => PaymentProvider })
  provider!: PaymentProvider;

  @Enum({ items: () => PaymentStatus })
  @Field(() => PaymentStatus, { description: 'Where the payment is in its life.' })
  status!: PaymentStatus;

  /** The booking's total in minor units. */
  @Property({ type: new BigIntType('number') })
  amountMinor!: number;

  @Property({ type: 'text', columnType: 'char(3)' })
  currency!: string;

  /** What the provider takes: the total, or (M-Pesa) the total rounded up to whole shillings. */
  @Property({ type: new BigIntType('number') })
  chargedMinor!: number;

  @Property({ type: new BigIntType('number'), default: 0 })
  refundedMinor: number = 0;

  /** PaymentIntent id (Stripe) or the latest CheckoutRequestID (M-Pesa). */
  @Property({ type: 'text', nullable: true })
  providerReference: string | null = null;

  @Property({ type: 'text', nullable: true })
  clientSecret: string | null = null;

  /** M-Pesa receipt number or Stripe charge id. */
  @Property({ type: 'text', nullable: true })
  receipt: string | null = null;

  /** M-Pesa: the number charged (2547XXXXXXXX), where a B2C refund is paid out. */
  @Property({ type: 'text', nullable: true })
  payerPhone: string | null = null;

  @Property({ type: 'text', nullable: true })
  cardBrand: string | null = null;

  @Property({ type: 'text', nullable: true })
  cardLast4: string | null = null;

  @Property({ type: 'text', nullable: true })
  failureReason: string | null = null;

  /** The cardholder disputed the charge: admins must answer it at the provider. */
  @Property({ type: 'boolean', default: false })
  disputed: boolean = false;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  @Property({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When the guest started paying.' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When the payment last changed.' })
  updatedAt!: Date;
}
