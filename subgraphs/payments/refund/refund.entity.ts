import {
  BigIntType,
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/postgresql';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { newId } from '../../../platform/graphql/ids';
import { Payment } from '../payment/payment.entity';
import { RefundReasonCode, RefundStatus } from './refund.enums';

/** Money going back to the guest, once per idempotency key (a booking event's id, or an admin's key). */
@Entity({ tableName: 'refunds' })
@Unique({ name: 'refunds_idempotency_key_unique', properties: ['paymentId', 'idempotencyKey'] })
@Index({ name: 'refunds_status_updated_at_index', properties: ['status', 'updatedAt'] })
@Check({ name: 'refunds_amount_minor_check', expression: 'amount_minor > 0' })
@ObjectType({ description: 'Money going back to the guest from a payment.' })
export class Refund {
  [OptionalProps]?: 'note' | 'providerReference' | 'failureReason' | 'requestedBy';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: "The refund's id." })
  id: string = newId();

  @ManyToOne(() => Payment, {
    mapToPk: true,
    fieldName: 'payment_id',
    foreignKeyName: 'refunds_payment_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  paymentId!: string;

  @Property({ type: new BigIntType('number') })
  amountMinor!: number;

  @Property({ type: 'text', columnType: 'char(3)' })
  currency!: string;

  @Enum({ items: () => RefundReasonCode })
  @Field(() => RefundReasonCode, { description: 'Why the money goes back.' })
  reason!: RefundReasonCode;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Enum({ items: () => RefundStatus })
  @Field(() => RefundStatus, { description: 'Where the refund is.' })
  status!: RefundStatus;

  @Property({ type: 'text', nullable: true })
  providerReference: string | null = null;

  @Property({ type: 'text', nullable: true })
  failureReason: string | null = null;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  /** The admin who asked for it; null when the platform refunded by itself. */
  @Property({ type: 'uuid', nullable: true })
  requestedBy: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When the refund was asked for.' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}
