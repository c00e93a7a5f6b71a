import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { newId } from '../../../platform/graphql/ids';
import { Payment } from './payment.entity';

export type AttemptOutcome = 'STARTED' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';

/** One charge of a payment: a card confirmation of the PaymentIntent, or an STK push, and how it ended. */
@Entity({ tableName: 'payment_attempts' })
@Index({ name: 'payment_attempts_payment_id_index', properties: ['paymentId'] })
@ObjectType({ description: 'One try at paying: a card confirmation or an M-Pesa prompt, and how it ended.' })
export class PaymentAttempt {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: "The attempt's id." })
  id: string = newId();

  @ManyToOne(() => Payment, {
    mapToPk: true,
    fieldName: 'payment_id',
    foreignKeyName: 'payment_attempts_payment_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  paymentId!: string;

  @Property({ type: 'text', nullable: true })
  providerReference: string | null = null;

  @Property({ type: 'text' })
  @Field({ description: 'STARTED, SUCCEEDED, FAILED or CANCELLED.' })
  outcome!: AttemptOutcome;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "Why it failed, in the provider's words (never card details)." })
  reason: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When this outcome was recorded.' })
  at!: Date;
}
