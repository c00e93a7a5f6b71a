import type Redis from 'ioredis';
import type { Config } from '../../../platform/runtime/config';
import { PaymentProvider } from '../../../contracts/enums/payments';
import type { PaymentProviderClient } from './payment-provider';
import { createStripeClient, StripeProvider } from './stripe/stripe-provider';
import { createMpesaProvider } from '../mpesa/mpesa-setup';

export type PaymentProviders = Partial<Record<PaymentProvider, PaymentProviderClient>>;

const built = new WeakMap<Config, PaymentProviders>();

/**
 * The configured providers, built once per configuration (the subgraph and the worker share one each).
 * `redis` (the subgraph's) shares M-Pesa's OAuth token between processes; without it each keeps its own.
 */
export function paymentProviders(config: Config, redis: Redis | null = null): PaymentProviders {
  const known = built.get(config);
  if (known) return known;
  const { stripe } = config.payments;
  const mpesa = createMpesaProvider(config, redis);
  const providers: PaymentProviders = {
    ...(stripe.secretKey && {
      [PaymentProvider.STRIPE]: new StripeProvider(
        createStripeClient({ secretKey: stripe.secretKey, apiUrl: stripe.apiUrl }),
      ),
    }),
    ...(mpesa && { [PaymentProvider.MPESA]: mpesa }),
  };
  built.set(config, providers);
  return providers;
}
