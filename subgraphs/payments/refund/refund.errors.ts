import { Field, ObjectType } from 'type-graphql';
import { Money } from '../../../platform/graphql/money/money.type';
import { UserError } from '../../../platform/graphql/user-error';
import type { PaymentErrorCode } from '../payment/payment.errors';
import { PaymentStatus } from '../payment/payment.enums';

@ObjectType({ implements: UserError, description: 'No payment has this id.' })
export class PaymentNotFoundError extends UserError<PaymentErrorCode> {
  override readonly code = 'PAYMENT.NOT_FOUND' as const;
  override message = 'No payment has this id.';
}

@ObjectType({
  implements: UserError,
  description: 'The payment captured no money (PENDING or FAILED): there is nothing a refund could return.',
})
export class PaymentNotRefundableError extends UserError<PaymentErrorCode> {
  override readonly code = 'PAYMENT.NOT_REFUNDABLE' as const;
  override message = 'This payment has not captured any money.';

  @Field(() => PaymentStatus, { description: "The payment's status." })
  status: PaymentStatus;

  constructor(status: PaymentStatus) {
    super();
    this.status = status;
  }
}

@ObjectType({
  implements: UserError,
  description: 'Everything the payment captured is refunded already or on its way back.',
})
export class NothingToRefundError extends UserError<PaymentErrorCode> {
  override readonly code = 'PAYMENT.NOTHING_TO_REFUND' as const;
  override message = 'Everything this payment captured is refunded or being refunded.';
}

@ObjectType({ implements: UserError, description: 'The amount is more than what is left to refund.' })
export class RefundExceedsRemainingError extends UserError<PaymentErrorCode> {
  override readonly code = 'PAYMENT.REFUND_EXCEEDS_REMAINING' as const;
  override message = 'The amount is more than what is left to refund.';

  @Field(() => Money, { description: 'What can still be refunded (pending refunds count as refunded).' })
  remaining: Money;

  constructor(remaining: Money) {
    super();
    this.remaining = remaining;
  }
}
