import { createUnionType, Field, ObjectType } from 'type-graphql';
import { ValidationError } from '../../../platform/graphql/user-error';
import { Payment } from '../payment/payment.entity';
import { ProviderUnavailableError } from '../payment/payment.errors';
import { Refund } from './refund.entity';
import {
  NothingToRefundError,
  PaymentNotFoundError,
  PaymentNotRefundableError,
  RefundExceedsRemainingError,
} from './refund.errors';

@ObjectType({ description: 'The refund is recorded and on its way to the provider (PENDING until it settles).' })
export class RefundRequested {
  @Field(() => Refund, { description: 'The refund.' })
  refund: Refund;

  @Field(() => Payment, { description: 'The payment it refunds; its status changes once the refund succeeds.' })
  payment: Payment;

  @Field({ description: 'True when this idempotency key had already asked for this refund: nothing more was sent.' })
  replayed: boolean;

  constructor(refund: Refund, payment: Payment, replayed: boolean) {
    this.refund = refund;
    this.payment = payment;
    this.replayed = replayed;
  }
}

export const REFUND_PAYMENT_ERRORS = [
  ValidationError,
  PaymentNotFoundError,
  PaymentNotRefundableError,
  NothingToRefundError,
  RefundExceedsRemainingError,
  ProviderUnavailableError,
] as const;

export const RefundPaymentResult = createUnionType({
  name: 'RefundPaymentResult',
  description: 'The result of `refundPayment`: the refund under way, or why the payment cannot be refunded so.',
  types: () => [RefundRequested, ...REFUND_PAYMENT_ERRORS] as const,
});
export type RefundPaymentResult = RefundRequested | InstanceType<(typeof REFUND_PAYMENT_ERRORS)[number]>;
