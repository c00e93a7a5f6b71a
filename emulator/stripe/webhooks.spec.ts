import Stripe from 'stripe';
import { type ProviderEmulator } from '../index';
import { startCallbackReceiver, type CallbackReceiver } from '../test-support/callback-receiver';
import { startTestEmulator, stripeClientFor, TEST_KEYS } from '../test-support/test-emulator';
import { waitFor } from '../test-support/wait-for';

describe('Stripe webhooks', () => {
  let emulator: ProviderEmulator;
  let stripe: Stripe;
  let receiver: CallbackReceiver;

  beforeEach(async () => {
    receiver = await startCallbackReceiver();
    emulator = await startTestEmulator();
    emulator.stripe.setWebhookUrl(`${receiver.url}/webhooks/stripe`);
    stripe = stripeClientFor(emulator);
  });

  afterEach(async () => {
    await emulator.close();
    await receiver.close();
  });

  const verified = (index: number): Stripe.Event => {
    const request = receiver.received[index];
    return stripe.webhooks.constructEvent(
      request.rawBody,
      request.headers['stripe-signature'] as string,
      TEST_KEYS.webhookSecret,
      300,
    );
  };

  it('POSTs every event, signed so that constructEvent verifies it', async () => {
    const intent = await stripe.paymentIntents.create({
      amount: 2_000,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    await emulator.stripe.idle();

    expect(receiver.received.map((request) => request.path)).toEqual(Array(3).fill('/webhooks/stripe'));
    const events = receiver.received.map((_request, index) => verified(index));
    expect(events.map((event) => event.type).sort()).toEqual([
      'charge.succeeded',
      'payment_intent.created',
      'payment_intent.succeeded',
    ]);
    const succeeded = events.find((event) => event.type === 'payment_intent.succeeded') as Stripe.Event;
    expect(succeeded).toMatchObject({ object: 'event', livemode: false, api_version: expect.any(String) });
    expect((succeeded.data.object as Stripe.PaymentIntent).id).toBe(intent.id);
    expect((succeeded.data.object as Stripe.PaymentIntent).status).toBe('succeeded');
    expect(succeeded.request?.idempotency_key).toEqual(expect.any(String));
    expect((await stripe.events.retrieve(succeeded.id)).id).toBe(succeeded.id);

    const request = receiver.received[0];
    expect(() =>
      stripe.webhooks.constructEvent(
        request.rawBody,
        request.headers['stripe-signature'] as string,
        'whsec_other',
        300,
      ),
    ).toThrow(Stripe.errors.StripeSignatureVerificationError);
  });

  it('retries a failed delivery with backoff until the endpoint answers 2xx', async () => {
    receiver.respondWith(500, 503);
    const intent = await stripe.paymentIntents.create({ amount: 2_000, currency: 'usd' });
    await emulator.stripe.idle();

    const [delivery] = emulator.stripe.deliveries();
    expect(delivery).toMatchObject({ eventType: 'payment_intent.created', status: 'succeeded' });
    expect(delivery.attempts.map((attempt) => attempt.status)).toEqual([500, 503, 200]);
    expect(receiver.received).toHaveLength(3);
    expect(
      receiver.received.map((_request, index) => (verified(index).data.object as Stripe.PaymentIntent).id),
    ).toEqual(Array(3).fill(intent.id));
  });

  it('gives up after the configured retries and records the failure', async () => {
    receiver.respondWith(500, 500, 500);
    await stripe.paymentIntents.create({ amount: 2_000, currency: 'usd' });
    await emulator.stripe.idle();
    const [delivery] = emulator.stripe.deliveries();
    expect(delivery.status).toBe('failed');
    expect(delivery.attempts).toHaveLength(3);
  });

  it('records network errors as failed attempts', async () => {
    emulator.stripe.setWebhookUrl('http://127.0.0.1:1/unreachable');
    await stripe.paymentIntents.create({ amount: 2_000, currency: 'usd' });
    await emulator.stripe.idle();
    const [delivery] = emulator.stripe.deliveries();
    expect(delivery.status).toBe('failed');
    expect(delivery.attempts.every((attempt) => attempt.error !== undefined)).toBe(true);
  });

  it('in drop mode records events without delivering them, and a resend delivers one', async () => {
    const switched = await fetch(`${emulator.url}/_emulator/stripe/webhook`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ mode: 'drop' }),
    });
    expect(await switched.json()).toEqual({ url: `${receiver.url}/webhooks/stripe`, mode: 'drop' });

    const intent = await stripe.paymentIntents.create({
      amount: 2_000,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    await emulator.stripe.idle();
    expect(receiver.received).toHaveLength(0);
    expect(emulator.stripe.deliveries()).toHaveLength(0);

    const missed = emulator.stripe.events().find((event) => event.type === 'payment_intent.succeeded') as Stripe.Event;
    expect((await stripe.events.retrieve(missed.id)).type).toBe('payment_intent.succeeded');
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('succeeded');

    const resent = await fetch(`${emulator.url}/_emulator/stripe/events/${missed.id}/resend`, { method: 'POST' });
    expect(resent.status).toBe(200);
    await waitFor(() => (receiver.received.length === 1 ? true : undefined), 'the resent event');
    expect(verified(0).id).toBe(missed.id);

    const listed = (await (await fetch(`${emulator.url}/_emulator/stripe/deliveries`)).json()) as Array<{
      eventId: string;
    }>;
    expect(listed.map((delivery) => delivery.eventId)).toEqual([missed.id]);
  });
});
