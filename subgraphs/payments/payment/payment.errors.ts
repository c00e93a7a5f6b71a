import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../../platform/graphql/user-error';

export type PaymentErrorCode =
  | 'PAYMENT.BOOKING_NOT_PAYABLE'
  | 'PAYMENT.NOT_PAYABLE_YET'
  | 'PAYMENT.ALREADY_PAID'
  | 'PAYMENT.HOLD_EXPIRING'
  | 'PAYMENT.CURRENCY_NOT_SUPPORTED'
  | 'PAYMENT.INVALID_PHONE_NUMBER'
  | 'PAYMENT.PROVIDER_UNAVAILABLE'
  | 'PAYMENT.TOO_MANY_ATTEMPTS'
  | 'PAYMENT.NOT_FOUND'
  | 'PAYMENT.NOT_REFUNDABLE'
  | 'PAYMENT.NOTHING_TO_REFUND'
  | 'PAYMENT.REFUND_EXCEEDS_REMAINING';

@ObjectType({
  implements: UserError,
  description: "No booking of yours awaits payment under this id (others' bookings are reported the same way).",
})
export class BookingNotPayableError extends UserError<PaymentErrorCode> {
  override readonly code = 'PAYMENT.BOOKING_NOT_PAYABLE' as const;
  override message = 'You have no booking awaiting payment with this id.';
}

@ObjectType({
  implements: UserError,
  description: 'The booking is too new for payments to know it yet: retry shortly.',
})
export class NotPayableYetError extends UserError<PaymentErrorCode> {
  override readonly code = 'PAYMENT.NOT_PAYABLE_YET' as const;
  override message = 'This booking is being prepared for payment. Try again in a moment.';

  @Field(() => Int, { description: 'Seconds to wait before retrying.' })
  retryAfterSeconds = 2;
}

@ObjectType({ implements: UserError, description: 'The booking is paid already.' })
export class AlreadyPaidError extends UserError<PaymentErrorCode> {
  override readonly code = 'PAYMENT.ALREADY_PAID' as const;
  override message = 'This booking is paid already.';
}

@ObjectType({ implements: UserError, description: "Too little of the booking's hold is left to pay safely." })
export class HoldExpiringError extends UserError<PaymentErrorCode> {
  override readonly code = 'PAYMENT.HOLD_EXPIRING' as const;
  override message = 'The hold on these dates ends in a moment: book again to pay.';
}

@ObjectType({
  implements: UserError,
  description: "The provider cannot take the booking's currency (or this amount in it).",
})
export class CurrencyNotSupportedError extends UserError<PaymentErrorCode> {
  override readonly code = 'PAYMENT.CURRENCY_NOT_SUPPORTED' as const;
  override message: string;

  constructor(message = 'This payment method cannot take this currency.') {
    super();
    this.message = message;
  }
}

@ObjectType({ implements: UserError, description: 'The phone number cannot receive an M-Pesa prompt.' })
export class InvalidPhoneNumberError extends UserError<PaymentErrorCode> {
  override readonly code = 'PAYMENT.INVALID_PHONE_NUMBER' as const;
  override message = 'Enter a Safaricom number, e.g. 0712 345 678 or +254 712 345 678.';
}

@ObjectType({ implements: UserError, description: 'The payment provider cannot be reached right now: retry later.' })
export class ProviderUnavailableError extends UserError<PaymentErrorCode> {
  override readonly code = 'PAYMENT.PROVIDER_UNAVAILABLE' as const;
  override message = 'The payment provider is unavailable. Try again in a few minutes.';
}

@ObjectType({ implements: UserError, description: 'Too many payment starts in a short time.' })
export class TooManyPaymentAttemptsError extends UserError<PaymentErrorCode> {
  override readonly code = 'PAYMENT.TOO_MANY_ATTEMPTS' as const;
  override message = 'Too many attempts. Try again later.';

  @Field(() => Int, { description: 'Seconds until another attempt is accepted.' })
  retryAfterSeconds: number;

  constructor(retryAfterSeconds: number) {
    super();
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
