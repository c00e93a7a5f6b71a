import { unixSeconds } from '../shared/clock';
import { amountProblem, CURRENCY_RULES, currencyRule } from './currencies';
import { applyMetadata } from './metadata';
import { type Params } from './params';
import { confirmPaymentIntent } from './payment-intent-confirmation';
import { type StripeCall, type StripeEndpoint } from './stripe-api';
import { render, type StripeContext } from './stripe-context';
import { parameterError, stateError } from './stripe-errors';
import { clientSecretFor, stripeId } from './stripe-ids';
import { type PaymentIntentObject } from './stripe-objects';

const CANCELABLE = [
  'requires_payment_method',
  'requires_capture',
  'requires_confirmation',
  'requires_action',
  'processing',
];
const CANCELLATION_REASONS = ['duplicate', 'fraudulent', 'requested_by_customer', 'abandoned'] as const;

export function paymentIntentEndpoints(context: StripeContext): StripeEndpoint[] {
  return [
    { method: 'POST', pattern: '/v1/payment_intents', handle: (call) => create(context, call) },
    {
      method: 'GET',
      pattern: '/v1/payment_intents/:id',
      publishable: true,
      handle: (call) => retrieve(context, call),
    },
    { method: 'POST', pattern: '/v1/payment_intents/:id', handle: (call) => update(context, call) },
    { method: 'POST', pattern: '/v1/payment_intents/:id/cancel', handle: (call) => cancel(context, call) },
    {
      method: 'POST',
      pattern: '/v1/payment_intents/:id/confirm',
      publishable: true,
      handle: (call) => confirm(context, call),
    },
  ];
}

function create(context: StripeContext, { params, origin }: StripeCall): { body: unknown } {
  params.allowOnly([
    'amount',
    'currency',
    'metadata',
    'automatic_payment_methods',
    'payment_method_types',
    'description',
    'capture_method',
    'payment_method',
    'confirm',
    'receipt_email',
    'expand',
  ]);
  const amount = params.requiredPositiveInteger('amount');
  const currency = validCurrency(params);
  const problem = amountProblem(amount, currency);
  if (problem) throw parameterError(problem.message, 'amount', problem.code);
  const id = stripeId('pi');
  const paymentMethod = params.string('payment_method');
  const paymentIntent: PaymentIntentObject = {
    id,
    object: 'payment_intent',
    amount,
    amount_capturable: 0,
    amount_received: 0,
    ...paymentMethodTypes(params),
    canceled_at: null,
    cancellation_reason: null,
    capture_method: captureMethod(params),
    client_secret: clientSecretFor(id),
    confirmation_method: 'automatic',
    created: unixSeconds(context.clock),
    currency,
    customer: null,
    description: params.string('description') ?? null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    metadata: applyMetadata({}, params.raw('metadata')),
    next_action: null,
    payment_method: paymentMethod ? context.paymentMethods.resolve(paymentMethod).paymentMethod.id : null,
    receipt_email: params.string('receipt_email') ?? null,
    status: paymentMethod ? 'requires_confirmation' : 'requires_payment_method',
  };
  context.store.paymentIntents.set(id, paymentIntent);
  context.events.publish('payment_intent.created', paymentIntent, origin);
  if (params.boolean('confirm')) confirmPaymentIntent(context, paymentIntent, undefined, origin);
  return { body: render(context, paymentIntent, params) };
}

function retrieve(context: StripeContext, call: StripeCall): { body: unknown } {
  call.params.allowOnly(['client_secret', 'expand']);
  return { body: render(context, accessibleIntent(context, call), call.params) };
}

function update(context: StripeContext, { params, pathParams }: StripeCall): { body: unknown } {
  params.allowOnly(['metadata', 'description', 'receipt_email', 'expand']);
  const paymentIntent = context.store.paymentIntent(pathParams.id);
  paymentIntent.metadata = applyMetadata(paymentIntent.metadata, params.raw('metadata'));
  if (params.has('description')) paymentIntent.description = params.string('description') || null;
  if (params.has('receipt_email')) paymentIntent.receipt_email = params.string('receipt_email') || null;
  return { body: render(context, paymentIntent, params) };
}

function cancel(context: StripeContext, { params, pathParams, origin }: StripeCall): { body: unknown } {
  params.allowOnly(['cancellation_reason', 'expand']);
  const reason = params.oneOf('cancellation_reason', CANCELLATION_REASONS);
  const paymentIntent = context.store.paymentIntent(pathParams.id);
  if (!CANCELABLE.includes(paymentIntent.status)) {
    throw stateError(
      `You cannot cancel this PaymentIntent because it has a status of ${paymentIntent.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${CANCELABLE.join(', ')}.`,
      'payment_intent_unexpected_state',
    );
  }
  Object.assign(paymentIntent, {
    status: 'canceled',
    canceled_at: unixSeconds(context.clock),
    cancellation_reason: reason ?? null,
  });
  context.events.publish('payment_intent.canceled', paymentIntent, origin);
  return { body: render(context, paymentIntent, params) };
}

function confirm(context: StripeContext, call: StripeCall): { body: unknown } {
  call.params.allowOnly(['payment_method', 'client_secret', 'return_url', 'receipt_email', 'expand']);
  const paymentIntent = accessibleIntent(context, call);
  if (call.params.has('receipt_email')) paymentIntent.receipt_email = call.params.string('receipt_email') || null;
  confirmPaymentIntent(context, paymentIntent, call.params.string('payment_method'), call.origin);
  return { body: render(context, paymentIntent, call.params) };
}

/** With the publishable key, Stripe only serves a PaymentIntent to whoever holds its client secret. */
function accessibleIntent(context: StripeContext, { params, pathParams, caller }: StripeCall): PaymentIntentObject {
  const paymentIntent = context.store.paymentIntent(pathParams.id);
  const clientSecret = params.string('client_secret');
  if (caller === 'publishable' && clientSecret === undefined) {
    throw parameterError(
      'You must provide the client_secret of the PaymentIntent when using a publishable key.',
      'client_secret',
      'parameter_missing',
    );
  }
  if (clientSecret !== undefined && clientSecret !== paymentIntent.client_secret) {
    throw parameterError(
      'The client_secret provided does not match the client_secret associated with the PaymentIntent.',
      'client_secret',
      'payment_intent_invalid_parameter',
    );
  }
  return paymentIntent;
}

function validCurrency(params: Params): string {
  const currency = params.requiredString('currency').toLowerCase();
  if (!currencyRule(currency)) {
    throw parameterError(
      `Invalid currency: ${currency}. Stripe currently supports these currencies: ${Object.keys(CURRENCY_RULES).join(', ')}`,
      'currency',
    );
  }
  return currency;
}

function paymentMethodTypes(
  params: Params,
): Pick<PaymentIntentObject, 'automatic_payment_methods' | 'payment_method_types'> {
  const automatic = params.object('automatic_payment_methods');
  const types = params.stringList('payment_method_types');
  if (automatic && types) {
    throw parameterError(
      'You may only specify one of these parameters: automatic_payment_methods, payment_method_types.',
      'automatic_payment_methods',
    );
  }
  if (types) {
    const unsupported = types.find((type) => type !== 'card');
    if (unsupported) {
      throw parameterError(
        `The payment method type "${unsupported}" is not implemented by the payment-provider emulator (only card).`,
        'payment_method_types',
      );
    }
    return { automatic_payment_methods: null, payment_method_types: types };
  }
  const enabled = automatic?.enabled;
  if (enabled !== undefined && enabled !== 'true' && enabled !== 'false') {
    throw parameterError(`Invalid boolean: ${String(enabled)}`, 'automatic_payment_methods[enabled]');
  }
  const allowRedirects = typeof automatic?.allow_redirects === 'string' ? automatic.allow_redirects : 'always';
  // Since API version 2023-08-16 automatic payment methods are on unless payment_method_types is given.
  return {
    automatic_payment_methods: enabled === 'false' ? null : { allow_redirects: allowRedirects, enabled: true },
    payment_method_types: ['card'],
  };
}

function captureMethod(params: Params): PaymentIntentObject['capture_method'] {
  const method = params.string('capture_method');
  if (method === 'manual') {
    throw parameterError(
      'capture_method=manual is not implemented by the payment-provider emulator.',
      'capture_method',
    );
  }
  return params.oneOf('capture_method', ['automatic', 'automatic_async'] as const) ?? 'automatic_async';
}
