import { createHmac } from 'node:crypto';

/**
 * The `Stripe-Signature` header for a webhook body: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`
 * keyed with the endpoint's signing secret, which is what `stripe.webhooks.constructEvent` checks.
 */
export function stripeSignatureHeader(rawBody: string, secret: string, timestamp: number): string {
  const signature = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${signature}`;
}
