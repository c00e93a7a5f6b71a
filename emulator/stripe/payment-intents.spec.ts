import type Stripe from 'stripe';
import { type ProviderEmulator } from '../index';
import { startTestEmulator, stripeClientFor, TEST_KEYS } from '../test-support/test-emulator';

describe('Stripe PaymentIntents through the official SDK', () => {
  let emulator: ProviderEmulator;
  let stripe: Stripe;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    stripe = stripeClientFor(emulator);
  });

  afterAll(() => emulator.close());

  const eventTypesFor = (objectId: string): string[] =>
    emulator.stripe
      .events()
      .filter(
        (event) =>
          (event.data.object as { id: string }).id === objectId ||
          (event.data.object as { payment_intent?: string }).payment_intent === objectId,
      )
      .map((event) => event.type);

  it('refuses a missing or wrong secret key with 401', async () => {
    await expect(
      stripeClientFor(emulator, 'sk_test_wrong').paymentIntents.create({ amount: 100, currency: 'usd' }),
    ).rejects.toMatchObject({
      type: 'StripeAuthenticationError',
      statusCode: 401,
    });
    const response = await fetch(`${emulator.url}/v1/payment_intents`, {
      method: 'POST',
      body: 'amount=100&currency=usd',
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { type: string } }).error.type).toBe('invalid_request_error');
  });

  it('creates a PaymentIntent waiting for a payment method, with a client secret', async () => {
    const intent = await stripe.paymentIntents.create({
      amount: 12_500,
      currency: 'usd',
      automatic_payment_methods: { enabled: true },
      description: 'Stay #1042',
      metadata: { booking_id: 'bk_1042' },
    });
    expect(intent).toMatchObject({
      object: 'payment_intent',
      status: 'requires_payment_method',
      amount: 12_500,
      currency: 'usd',
      livemode: false,
      metadata: { booking_id: 'bk_1042' },
      latest_charge: null,
    });
    expect(intent.id).toMatch(/^pi_/);
    expect(intent.client_secret).toMatch(new RegExp(`^${intent.id}_secret_\\w+$`));
  });

  it('replays the first response for the same Idempotency-Key and parameters', async () => {
    const params = { amount: 5_000, currency: 'kes', metadata: { booking_id: 'bk_7' } };
    const first = await stripe.paymentIntents.create(params, { idempotencyKey: 'booking-bk_7-deposit' });
    const second = await stripe.paymentIntents.create(params, { idempotencyKey: 'booking-bk_7-deposit' });
    expect(second.id).toBe(first.id);
    expect(second.client_secret).toBe(first.client_secret);
    expect(second.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(eventTypesFor(first.id)).toEqual(['payment_intent.created']);
  });

  it('refuses the same Idempotency-Key with different parameters', async () => {
    await stripe.paymentIntents.create({ amount: 5_000, currency: 'kes' }, { idempotencyKey: 'booking-bk_8' });
    await expect(
      stripe.paymentIntents.create({ amount: 5_001, currency: 'kes' }, { idempotencyKey: 'booking-bk_8' }),
    ).rejects.toMatchObject({ type: 'StripeIdempotencyError', rawType: 'idempotency_error', statusCode: 400 });
  });

  it('does not remember a request that failed validation under its key', async () => {
    await expect(
      stripe.paymentIntents.create({ amount: 5_000, currency: 'xyz' }, { idempotencyKey: 'booking-bk_9' }),
    ).rejects.toMatchObject({ type: 'StripeInvalidRequestError', param: 'currency', statusCode: 400 });
    const corrected = await stripe.paymentIntents.create(
      { amount: 5_000, currency: 'usd' },
      { idempotencyKey: 'booking-bk_9' },
    );
    expect(corrected.status).toBe('requires_payment_method');
  });

  it('declines pm_card_chargeDeclined, then succeeds with pm_card_visa: two charges, one PaymentIntent', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 20_000, currency: 'eur' });
    const declined = stripe.paymentIntents.confirm(intent.id, { payment_method: 'pm_card_chargeDeclined' });
    await expect(declined).rejects.toMatchObject({
      type: 'StripeCardError',
      statusCode: 402,
      code: 'card_declined',
      decline_code: 'generic_decline',
    });
    const afterDecline = await stripe.paymentIntents.retrieve(intent.id, { expand: ['latest_charge'] });
    const failedCharge = afterDecline.latest_charge as Stripe.Charge;
    expect(afterDecline.status).toBe('requires_payment_method');
    expect(afterDecline.last_payment_error).toMatchObject({
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'generic_decline',
      charge: failedCharge.id,
    });
    expect(failedCharge).toMatchObject({ status: 'failed', paid: false, failure_code: 'card_declined' });

    const succeeded = await stripe.paymentIntents.confirm(intent.id, {
      payment_method: 'pm_card_visa',
      expand: ['latest_charge'],
    });
    const charge = succeeded.latest_charge as Stripe.Charge;
    expect(succeeded).toMatchObject({
      id: intent.id,
      status: 'succeeded',
      amount_received: 20_000,
      last_payment_error: null,
    });
    expect(charge.id).not.toBe(failedCharge.id);
    expect(charge).toMatchObject({
      status: 'succeeded',
      paid: true,
      amount: 20_000,
      amount_refunded: 0,
      refunded: false,
      payment_intent: intent.id,
      payment_method_details: { type: 'card', card: { brand: 'visa', last4: '4242' } },
    });
    expect((await stripe.charges.retrieve(failedCharge.id)).payment_intent).toBe(intent.id);
    expect(eventTypesFor(intent.id)).toEqual([
      'payment_intent.created',
      'charge.failed',
      'payment_intent.payment_failed',
      'charge.succeeded',
      'payment_intent.succeeded',
    ]);
    await expect(stripe.paymentIntents.confirm(intent.id, { payment_method: 'pm_card_visa' })).rejects.toMatchObject({
      code: 'payment_intent_unexpected_state',
    });
  });

  it('reports insufficient funds with its decline code', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 900, currency: 'usd' });
    await expect(
      stripe.paymentIntents.confirm(intent.id, { payment_method: 'pm_card_chargeDeclinedInsufficientFunds' }),
    ).rejects.toMatchObject({ code: 'card_declined', decline_code: 'insufficient_funds' });
  });

  it('lets a browser confirm with the publishable key and client secret, as Stripe.js does', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 3_000, currency: 'usd' });
    const confirmAs = (clientSecret: string) =>
      fetch(`${emulator.url}/v1/payment_intents/${intent.id}/confirm`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          key: TEST_KEYS.stripePublishableKey,
          client_secret: clientSecret,
          payment_method: 'pm_card_mastercard',
        }),
      });
    expect((await confirmAs(`${intent.id}_secret_wrong`)).status).toBe(400);
    const response = await confirmAs(intent.client_secret as string);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: intent.id, status: 'succeeded' });

    const publishable = stripeClientFor(emulator, TEST_KEYS.stripePublishableKey);
    await expect(publishable.paymentIntents.create({ amount: 100, currency: 'usd' })).rejects.toMatchObject({
      statusCode: 401,
    });
  });

  it('cancels with a reason and refuses to cancel a succeeded PaymentIntent', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 4_000, currency: 'gbp' });
    const canceled = await stripe.paymentIntents.cancel(intent.id, { cancellation_reason: 'abandoned' });
    expect(canceled).toMatchObject({ status: 'canceled', cancellation_reason: 'abandoned' });
    expect(canceled.canceled_at).toEqual(expect.any(Number));
    expect(eventTypesFor(intent.id)).toContain('payment_intent.canceled');

    const paid = await stripe.paymentIntents.create({
      amount: 4_000,
      currency: 'gbp',
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    expect(paid.status).toBe('succeeded');
    await expect(stripe.paymentIntents.cancel(paid.id)).rejects.toMatchObject({
      code: 'payment_intent_unexpected_state',
    });
  });

  it('merges metadata on update and removes keys set to an empty string', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 700, currency: 'usd', metadata: { a: '1', b: '2' } });
    const updated = await stripe.paymentIntents.update(intent.id, { metadata: { b: '', c: '3' } });
    expect(updated.metadata).toEqual({ a: '1', c: '3' });
  });

  it('validates amounts in minor units per currency', async () => {
    const create = (amount: number, currency: string) => stripe.paymentIntents.create({ amount, currency });
    await expect(create(1_500, 'jpy')).resolves.toMatchObject({ amount: 1_500, currency: 'jpy' });
    await expect(create(1_000, 'kwd')).resolves.toMatchObject({ amount: 1_000 });
    await expect(create(1_005, 'kwd')).rejects.toMatchObject({ param: 'amount', code: 'invalid_charge_amount' });
    await expect(create(150, 'isk')).rejects.toMatchObject({ code: 'invalid_charge_amount_no_decimal_compatible' });
    await expect(create(0, 'usd')).rejects.toMatchObject({ param: 'amount', code: 'parameter_invalid_integer' });
    await expect(create(100, 'usd ')).rejects.toMatchObject({ param: 'currency' });
  });

  it('refuses parameters it does not implement, and unknown objects', async () => {
    await expect(
      stripe.paymentIntents.create({ amount: 100, currency: 'usd', capture_method: 'manual' }),
    ).rejects.toMatchObject({ param: 'capture_method' });
    await expect(
      stripe.paymentIntents.create({ amount: 100, currency: 'usd', setup_future_usage: 'off_session' }),
    ).rejects.toMatchObject({ code: 'parameter_unknown', param: 'setup_future_usage' });
    await expect(stripe.paymentIntents.retrieve('pi_missing')).rejects.toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
    });
  });
});
