import { createUnionType, Field, ObjectType } from 'type-graphql';
import { ValidationError } from '../../../platform/graphql/user-error';
import { Payment } from './payment.entity';
import {
  AlreadyPaidError,
  BookingNotPayableError,
  CurrencyNotSupportedError,
  HoldExpiringError,
  InvalidPhoneNumberError,
  NotPayableYetError,
  ProviderUnavailableError,
  TooManyPaymentAttemptsError,
} from './payment.errors';

@ObjectType({ description: 'The payment is under way: finish it with the provider (Stripe.js or the phone prompt).' })
export class PaymentStarted {
  @Field(() => Payment, { description: 'The payment (PENDING).' })
  payment: Payment;

  @Field(() => String, {
    nullable: true,
    description: 'STRIPE: the PaymentIntent client secret for Stripe.js; the same on every call for this booking.',
  })
  clientSecret: string | null;

  @Field(() => String, { nullable: true, description: 'STRIPE: the publishable key Stripe.js is initialised with.' })
  publishableKey: string | null;

  @Field(() => String, { nullable: true, description: 'What to tell the guest, e.g. to check their phone.' })
  customerMessage: string | null;

  constructor(
    payment: Payment,
    extra: { clientSecret?: string | null; publishableKey?: string | null; customerMessage?: string | null },
  ) {
    this.payment = payment;
    this.clientSecret = extra.clientSecret ?? null;
    this.publishableKey = extra.publishableKey ?? null;
    this.customerMessage = extra.customerMessage ?? null;
  }
}

export const START_PAYMENT_ERRORS = [
  ValidationError,
  BookingNotPayableError,
  NotPayableYetError,
  AlreadyPaidError,
  HoldExpiringError,
  CurrencyNotSupportedError,
  InvalidPhoneNumberError,
  ProviderUnavailableError,
  TooManyPaymentAttemptsError,
] as const;

export const StartPaymentResult = createUnionType({
  name: 'StartPaymentResult',
  description: 'The result of `startPayment`: the payment under way, or why the booking cannot be paid now.',
  types: () => [PaymentStarted, ...START_PAYMENT_ERRORS] as const,
});
export type StartPaymentResult = PaymentStarted | InstanceType<(typeof START_PAYMENT_ERRORS)[number]>;
