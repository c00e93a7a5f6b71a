import { applyMetadata } from './metadata';
import { type Refunds } from './refunds';
import { type StripeCall, type StripeEndpoint } from './stripe-api';
import { render, type StripeContext } from './stripe-context';
import { parameterError, stateError } from './stripe-errors';
import { type ChargeObject } from './stripe-objects';

const REASONS = ['duplicate', 'fraudulent', 'requested_by_customer'] as const;

export function refundEndpoints(context: StripeContext, refunds: Refunds): StripeEndpoint[] {
  return [
    {
      method: 'POST',
      pattern: '/v1/refunds',
      handle: (call) => {
        call.params.allowOnly(['payment_intent', 'charge', 'amount', 'reason', 'metadata', 'expand']);
        const refund = refunds.create(
          {
            charge: chargeToRefund(context, call),
            amount: call.params.positiveInteger('amount'),
            reason: call.params.oneOf('reason', REASONS) ?? null,
            metadata: applyMetadata({}, call.params.raw('metadata')),
          },
          call.origin,
        );
        return { body: render(context, refund, call.params) };
      },
    },
    {
      method: 'GET',
      pattern: '/v1/refunds/:id',
      handle: ({ params, pathParams }) => {
        params.allowOnly(['expand']);
        return { body: render(context, context.store.refund(pathParams.id), params) };
      },
    },
  ];
}

function chargeToRefund(context: StripeContext, { params }: StripeCall): ChargeObject {
  const paymentIntentId = params.string('payment_intent');
  const chargeId = params.string('charge');
  if (!paymentIntentId && !chargeId) {
    throw parameterError(
      'One of the following params should be provided for this request: payment_intent or charge.',
      'payment_intent',
      'parameter_missing',
    );
  }
  if (chargeId) {
    const charge = context.store.charge(chargeId);
    if (paymentIntentId && charge.payment_intent !== paymentIntentId) {
      throw parameterError(`Charge ${chargeId} does not belong to PaymentIntent ${paymentIntentId}.`, 'charge');
    }
    return charge;
  }
  const paymentIntent = context.store.paymentIntent(paymentIntentId as string, 'payment_intent');
  if (paymentIntent.status !== 'succeeded' || !paymentIntent.latest_charge) {
    throw stateError(
      `This PaymentIntent (${paymentIntent.id}) does not have a successful charge to refund.`,
      'charge_not_refundable',
      'payment_intent',
    );
  }
  return context.store.charge(paymentIntent.latest_charge);
}
