import { headerValue, type EmulatorRequest } from '../shared/http-types';
import { authenticationError } from './stripe-errors';

export interface StripeKeys {
  secretKey: string;
  publishableKey: string;
}

/** Who is calling: the merchant's server (secret key) or a browser running Stripe.js (publishable key). */
export type StripeCaller = 'secret' | 'publishable';

/**
 * Stripe accepts the secret key as Bearer or as Basic user name (`curl -u sk_test_...:`);
 * Stripe.js sends the publishable key as Bearer or as the `key` form parameter.
 */
export function identifyCaller(request: EmulatorRequest, keyParam: string | undefined, keys: StripeKeys): StripeCaller {
  const presented = keyFromAuthorization(headerValue(request, 'authorization')) ?? keyParam;
  if (presented === undefined || presented === '') {
    throw authenticationError(
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
    );
  }
  if (presented === keys.secretKey) return 'secret';
  if (presented === keys.publishableKey) return 'publishable';
  throw authenticationError(`Invalid API Key provided: ${redact(presented)}`);
}

function keyFromAuthorization(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const [scheme, value = ''] = header.trim().split(/\s+/, 2);
  if (/^bearer$/i.test(scheme)) return value;
  if (/^basic$/i.test(scheme)) return Buffer.from(value, 'base64').toString('utf8').split(':')[0];
  return undefined;
}

function redact(key: string): string {
  const prefix = /^[a-z]+_(test|live)_/.exec(key)?.[0] ?? '';
  return `${prefix}${'*'.repeat(Math.max(key.length - prefix.length - 4, 0))}${key.slice(-4)}`;
}
