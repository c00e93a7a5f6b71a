import { startProviderEmulator, type ProviderEmulator } from '../emulator';

/** The emulator's own test keys (as `npm run emulator` and docker compose use them): fake money, not secrets. */
export const EMULATOR_SETTINGS = {
  STRIPE_SECRET_KEY: 'sk_test_emulator',
  STRIPE_PUBLISHABLE_KEY: 'pk_test_emulator',
  STRIPE_WEBHOOK_SECRET: 'whsec_emulator',
  MPESA_CONSUMER_KEY: 'emulator-consumer-key',
  MPESA_CONSUMER_SECRET: 'emulator-consumer-secret',
  MPESA_SHORTCODE: '174379',
  MPESA_PASSKEY: 'emulator-passkey',
  MPESA_INITIATOR_NAME: 'testapi',
  MPESA_SECURITY_CREDENTIAL: 'emulator-security-credential',
};

/** The port `npm run emulator` and the README use too. */
const DEFAULT_PORT = 12111;

/**
 * Starts the local provider emulator for every provider the environment leaves unconfigured (in
 * development, or in production with PAYMENTS_EMULATOR=allow) and points the payments settings at
 * it; a provider given real settings keeps them. Undefined when nothing needs it.
 */
export async function startLocalPaymentsEmulator(env: NodeJS.ProcessEnv): Promise<ProviderEmulator | undefined> {
  const mode = env.NODE_ENV ?? 'development';
  if (mode === 'production' ? env.PAYMENTS_EMULATOR !== 'allow' : mode !== 'development') return undefined;
  const stripe = !env.STRIPE_SECRET_KEY && !env.STRIPE_API_URL;
  const mpesa = !env.MPESA_CONSUMER_KEY && !env.MPESA_API_URL;
  if (!stripe && !mpesa) return undefined;
  const emulator = await startProviderEmulator({
    port: Number(env.EMULATOR_PORT ?? DEFAULT_PORT),
    stripe: {
      secretKey: EMULATOR_SETTINGS.STRIPE_SECRET_KEY,
      publishableKey: EMULATOR_SETTINGS.STRIPE_PUBLISHABLE_KEY,
      webhookSecret: EMULATOR_SETTINGS.STRIPE_WEBHOOK_SECRET,
    },
    mpesa: {
      consumerKey: EMULATOR_SETTINGS.MPESA_CONSUMER_KEY,
      consumerSecret: EMULATOR_SETTINGS.MPESA_CONSUMER_SECRET,
      shortcode: EMULATOR_SETTINGS.MPESA_SHORTCODE,
      passkey: EMULATOR_SETTINGS.MPESA_PASSKEY,
      initiatorName: EMULATOR_SETTINGS.MPESA_INITIATOR_NAME,
    },
  });
  const { STRIPE_SECRET_KEY, STRIPE_PUBLISHABLE_KEY, STRIPE_WEBHOOK_SECRET, ...mpesaSettings } = EMULATOR_SETTINGS;
  if (stripe)
    Object.assign(env, {
      STRIPE_SECRET_KEY,
      STRIPE_PUBLISHABLE_KEY,
      STRIPE_WEBHOOK_SECRET,
      STRIPE_API_URL: emulator.url,
    });
  if (mpesa) Object.assign(env, mpesaSettings, { MPESA_API_URL: emulator.url });
  return emulator;
}

/** Stripe's webhooks go to the gateway, as a Stripe dashboard endpoint would be set up. */
export function sendWebhooksTo(emulator: ProviderEmulator, gatewayUrl: string): void {
  emulator.stripe.setWebhookUrl(new URL('/webhooks/stripe', gatewayUrl).toString());
}
