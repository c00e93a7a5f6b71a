import { BigIntType, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * One money change, who made it and for which request: the trail admins and accountants read.
 * Append-only: only `auditMoney` (payment-records.ts) writes it.
 */
@Entity({ tableName: 'money_audit' })
export class MoneyAudit {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  /** No foreign key: the trail outlives whatever it records. */
  @Property({ type: 'uuid' })
  paymentId!: string;

  @Property({ type: 'uuid', nullable: true })
  refundId!: string | null;

  /** e.g. `charge.succeeded`, `refund.requested`, `refund.succeeded`. */
  @Property({ type: 'text' })
  action!: string;

  /** Null when the platform acted by itself. */
  @Property({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Property({ type: new BigIntType('number') })
  amountMinor!: number;

  @Property({ type: 'text', columnType: 'char(3)' })
  currency!: string;

  @Property({ type: 'text', nullable: true })
  requestId!: string | null;

  @Property({ type: 'timestamptz' })
  at!: Date;
}
