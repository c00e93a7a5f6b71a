import Stripe from 'stripe';
import { startProviderEmulator, type ProviderEmulator, type ProviderEmulatorOptions } from '../index';

export const TEST_KEYS = {
  stripeSecretKey: 'sk_test_emulator_spec',
  stripePublishableKey: 'pk_test_emulator_spec',
  webhookSecret: 'whsec_emulator_spec',
  consumerKey: 'spec-consumer-key',
  consumerSecret: 'spec-consumer-secret',
  shortcode: '174379',
  passkey: 'spec-passkey',
  initiatorName: 'spec-initiator',
};

export function startTestEmulator(overrides: Partial<ProviderEmulatorOptions> = {}): Promise<ProviderEmulator> {
  return startProviderEmulator({
    port: 0,
    stripe: {
      secretKey: TEST_KEYS.stripeSecretKey,
      publishableKey: TEST_KEYS.stripePublishableKey,
      webhookSecret: TEST_KEYS.webhookSecret,
    },
    mpesa: {
      consumerKey: TEST_KEYS.consumerKey,
      consumerSecret: TEST_KEYS.consumerSecret,
      shortcode: TEST_KEYS.shortcode,
      passkey: TEST_KEYS.passkey,
      initiatorName: TEST_KEYS.initiatorName,
    },
    delivery: { retryDelaysMs: [20, 40], timeoutMs: 2_000 },
    ...overrides,
  });
}

/** The official SDK pointed at the emulator, the way the payments subgraph will configure it. */
export function stripeClientFor(emulator: ProviderEmulator, secretKey = TEST_KEYS.stripeSecretKey): Stripe {
  const { hostname, port } = new URL(emulator.url);
  return new Stripe(secretKey, { host: hostname, port: Number(port), protocol: 'http', maxNetworkRetries: 0 });
}
