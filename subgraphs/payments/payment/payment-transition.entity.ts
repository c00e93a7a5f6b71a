import { BigIntType, Entity, OptionalProps, ManyToOne, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Payment } from './payment.entity';
import type { PaymentStatus } from './payment.enums';

/** One change of a payment's status and its cause. Append-only: only `logTransition` (payment-records.ts) writes it. */
@Entity({ tableName: 'payment_transitions' })
export class PaymentTransition {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  @ManyToOne(() => Payment, {
    mapToPk: true,
    fieldName: 'payment_id',
    foreignKeyName: 'payment_transitions_payment_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  paymentId!: string;

  /** Null for the payment's creation. */
  @Property({ type: 'text', nullable: true })
  fromStatus!: PaymentStatus | null;

  @Property({ type: 'text' })
  toStatus!: PaymentStatus;

  @Property({ type: 'text' })
  cause!: string;

  @Property({ type: 'timestamptz' })
  at!: Date;
}
