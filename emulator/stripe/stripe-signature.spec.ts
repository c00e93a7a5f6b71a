import Stripe from 'stripe';
import { stripeSignatureHeader } from './stripe-signature';

const stripe = new Stripe('sk_test_unused');
const secret = 'whsec_signature_spec';
const body = JSON.stringify({ id: 'evt_1', object: 'event', type: 'payment_intent.succeeded' });

describe('stripeSignatureHeader', () => {
  it('produces the same header as the SDK for the same payload, secret and time', () => {
    const timestamp = 1_700_000_000;
    expect(stripeSignatureHeader(body, secret, timestamp)).toBe(
      stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp }),
    );
  });

  it('is accepted by constructEvent within the tolerance', () => {
    const header = stripeSignatureHeader(body, secret, Math.floor(Date.now() / 1000));
    expect(stripe.webhooks.constructEvent(body, header, secret, 300).id).toBe('evt_1');
  });

  it('is refused for another secret, another body or an old timestamp', () => {
    const now = Math.floor(Date.now() / 1000);
    expect(() =>
      stripe.webhooks.constructEvent(body, stripeSignatureHeader(body, 'whsec_other', now), secret, 300),
    ).toThrow(Stripe.errors.StripeSignatureVerificationError);
    expect(() =>
      stripe.webhooks.constructEvent(`${body} `, stripeSignatureHeader(body, secret, now), secret, 300),
    ).toThrow(Stripe.errors.StripeSignatureVerificationError);
    expect(() =>
      stripe.webhooks.constructEvent(body, stripeSignatureHeader(body, secret, now - 301), secret, 300),
    ).toThrow(Stripe.errors.StripeSignatureVerificationError);
  });
});
