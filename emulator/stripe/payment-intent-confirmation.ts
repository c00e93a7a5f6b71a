import { type EventOrigin } from './event-publisher';
import { chargeFor } from './charges';
import { StripeApiError, stateError, withDocUrl } from './stripe-errors';
import { type PaymentIntentObject } from './stripe-objects';
import { type StripeContext } from './stripe-context';

const CONFIRMABLE = ['requires_payment_method', 'requires_confirmation'];

/**
 * Confirms a PaymentIntent with a test card: a Charge is recorded either way; a decline puts the
 * PaymentIntent back to `requires_payment_method` and answers 402 like Stripe.
 */
export function confirmPaymentIntent(
  context: StripeContext,
  paymentIntent: PaymentIntentObject,
  paymentMethodId: string | undefined,
  origin: EventOrigin,
): void {
  if (!CONFIRMABLE.includes(paymentIntent.status)) {
    throw stateError(
      paymentIntent.status === 'succeeded'
        ? 'You cannot confirm this PaymentIntent because it has already succeeded after being previously confirmed.'
        : `You cannot confirm this PaymentIntent because it has a status of ${paymentIntent.status}. Only a PaymentIntent with one of the following statuses may be confirmed: requires_confirmation, requires_action, requires_payment_method.`,
      'payment_intent_unexpected_state',
    );
  }
  const methodId = paymentMethodId ?? paymentIntent.payment_method;
  if (!methodId) {
    throw stateError(
      "You cannot confirm this PaymentIntent because it's missing a payment method. To confirm this PaymentIntent with a payment method, either provide it in the `payment_method` parameter or update the PaymentIntent with a payment method and then confirm it again.",
      'payment_intent_unexpected_state',
      'payment_method',
    );
  }
  const { paymentMethod, card } = context.paymentMethods.resolve(methodId);
  const charge = chargeFor(paymentIntent, paymentMethod, card, context.clock);
  context.store.charges.set(charge.id, charge);
  paymentIntent.latest_charge = charge.id;

  if (!card.decline) {
    Object.assign(paymentIntent, {
      status: 'succeeded',
      amount_received: paymentIntent.amount,
      payment_method: paymentMethod.id,
      last_payment_error: null,
    });
    context.events.publish('charge.succeeded', charge, origin);
    context.events.publish('payment_intent.succeeded', paymentIntent, origin);
    return;
  }

  const error = withDocUrl({
    type: 'card_error',
    code: card.decline.code,
    decline_code: card.decline.declineCode,
    message: card.decline.message,
  });
  Object.assign(paymentIntent, {
    status: 'requires_payment_method',
    payment_method: null,
    last_payment_error: { ...error, charge: charge.id, payment_method: paymentMethod },
  });
  context.events.publish('charge.failed', charge, origin);
  context.events.publish('payment_intent.payment_failed', paymentIntent, origin);
  throw new StripeApiError(402, {
    ...error,
    charge: charge.id,
    payment_intent: structuredClone(paymentIntent),
    payment_method: structuredClone(paymentMethod),
  });
}
