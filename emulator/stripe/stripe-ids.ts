import { randomToken } from '../shared/random-token';

/** Stripe-looking identifiers: a type prefix and 24 random characters. */
export function stripeId(prefix: 'pi' | 'ch' | 're' | 'du' | 'evt' | 'pm' | 'txn' | 'req'): string {
  return `${prefix}_${randomToken(24)}`;
}

export function clientSecretFor(paymentIntentId: string): string {
  return `${paymentIntentId}_secret_${randomToken(25)}`;
}
