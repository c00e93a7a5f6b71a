import { loadConfig } from '../platform/runtime/config';
import { PaymentProvider } from '../contracts/enums/payments';
import { paymentProviders } from '../subgraphs/payments/providers/payment-providers';
import { StripeProvider } from '../subgraphs/payments/providers/stripe/stripe-provider';
import { startLocalPaymentsEmulator } from './payments-emulator';

describe("the launcher's payment-provider emulator", () => {
  it('in development, configures both providers against it, so payments can charge with no internet', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', EMULATOR_PORT: '0' };
    for (const name of Object.keys(env)) if (/^(STRIPE|MPESA)_/.test(name)) delete env[name];
    const emulator = await startLocalPaymentsEmulator(env);
    try {
      expect(emulator).toBeDefined();
      expect(env).toMatchObject({ STRIPE_API_URL: emulator?.url, MPESA_API_URL: emulator?.url });
      const providers = paymentProviders(loadConfig(env));
      expect(providers[PaymentProvider.MPESA]).toBeDefined();
      const stripe = providers[PaymentProvider.STRIPE];
      if (!(stripe instanceof StripeProvider)) throw new Error('Stripe is not configured');
      const intent = await stripe.stripe.paymentIntents.create({ amount: 15_000, currency: 'usd' });
      expect(intent.client_secret).toContain('_secret_');
    } finally {
      await emulator?.close();
    }
  });

  it('keeps real provider settings, and runs in production only with PAYMENTS_EMULATOR=allow', async () => {
    const base = { EMULATOR_PORT: '0', STRIPE_SECRET_KEY: 'sk_live_real' };
    expect(await startLocalPaymentsEmulator({ ...base, NODE_ENV: 'production' })).toBeUndefined();
    expect(await startLocalPaymentsEmulator({ ...base, NODE_ENV: 'test' })).toBeUndefined();
    const real = { ...base, NODE_ENV: 'development', MPESA_API_URL: 'https://api.safaricom.co.ke' };
    expect(await startLocalPaymentsEmulator(real)).toBeUndefined();
    const env: NodeJS.ProcessEnv = { ...base, NODE_ENV: 'production', PAYMENTS_EMULATOR: 'allow' };
    const emulator = await startLocalPaymentsEmulator(env);
    try {
      expect(env.STRIPE_SECRET_KEY).toBe('sk_live_real');
      expect(env.STRIPE_API_URL).toBeUndefined();
      expect(env.MPESA_API_URL).toBe(emulator?.url);
    } finally {
      await emulator?.close();
    }
  });
});
