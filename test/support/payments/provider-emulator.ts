import {
  startProviderEmulator,
  type MpesaTransaction,
  type ProviderEmulator,
  type StkOutcome,
  type StkPush,
  type WebhookDelivery,
  type WebhookMode,
} from '../../../emulator';
import { waitFor } from '../wait-for';

export type { MpesaTransaction, ProviderEmulator, StkOutcome, StkPush } from '../../../emulator';

/** The credentials the test emulator accepts; the payments configuration of a test stack uses the same. */
export const EMULATOR_KEYS = {
  stripeSecretKey: 'sk_test_staygraph',
  stripePublishableKey: 'pk_test_staygraph',
  stripeWebhookSecret: 'whsec_staygraph_test',
  mpesaConsumerKey: 'staygraph-test-consumer-key',
  mpesaConsumerSecret: 'staygraph-test-consumer-secret',
  mpesaShortcode: '174379',
  mpesaPasskey: 'staygraph-test-passkey',
  mpesaInitiatorName: 'staygraph-test-initiator',
};

/** A local Stripe + Daraja on a free port, sending webhooks and callbacks to `webhookUrl` (the gateway). */
export function startTestProviderEmulator(options: { webhookUrl?: string } = {}): Promise<ProviderEmulator> {
  return startProviderEmulator({
    port: 0,
    stripe: {
      secretKey: EMULATOR_KEYS.stripeSecretKey,
      publishableKey: EMULATOR_KEYS.stripePublishableKey,
      webhookSecret: EMULATOR_KEYS.stripeWebhookSecret,
      webhookUrl: options.webhookUrl,
    },
    mpesa: {
      consumerKey: EMULATOR_KEYS.mpesaConsumerKey,
      consumerSecret: EMULATOR_KEYS.mpesaConsumerSecret,
      shortcode: EMULATOR_KEYS.mpesaShortcode,
      passkey: EMULATOR_KEYS.mpesaPasskey,
      initiatorName: EMULATOR_KEYS.mpesaInitiatorName,
    },
    delivery: { retryDelaysMs: [50, 200], timeoutMs: 2_000 },
  });
}

/** Environment that points the payments subgraph's Stripe provider at an emulator. */
export function stripeEnv(emulatorUrl: string): Record<string, string> {
  return {
    STRIPE_API_URL: emulatorUrl,
    STRIPE_SECRET_KEY: EMULATOR_KEYS.stripeSecretKey,
    STRIPE_PUBLISHABLE_KEY: EMULATOR_KEYS.stripePublishableKey,
    STRIPE_WEBHOOK_SECRET: EMULATOR_KEYS.stripeWebhookSecret,
  };
}

/** Environment that points the payments subgraph's M-Pesa provider at an emulator. */
export function mpesaEnv(emulatorUrl: string): Record<string, string> {
  return {
    MPESA_API_URL: emulatorUrl,
    MPESA_CONSUMER_KEY: EMULATOR_KEYS.mpesaConsumerKey,
    MPESA_CONSUMER_SECRET: EMULATOR_KEYS.mpesaConsumerSecret,
    MPESA_SHORTCODE: EMULATOR_KEYS.mpesaShortcode,
    MPESA_PASSKEY: EMULATOR_KEYS.mpesaPasskey,
    MPESA_INITIATOR_NAME: EMULATOR_KEYS.mpesaInitiatorName,
    MPESA_SECURITY_CREDENTIAL: 'emulated-security-credential',
  };
}

/** A Stripe event as the emulator records it (the fields tests read). */
export interface EmulatedStripeEvent {
  id: string;
  type: string;
  data: { object: Record<string, unknown> };
}

/** One of the shared emulator's control endpoints, answering its JSON. */
function controlOf(url: string, provider: 'stripe' | 'mpesa') {
  return async <T>(path: string, init?: RequestInit): Promise<T> => {
    const response = await fetch(`${url}/_emulator/${provider}${path}`, init);
    if (!response.ok) throw new Error(`emulator ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
}

const post = (body: Record<string, unknown> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/**
 * The run's shared Daraja emulator (started by global setup, in jest's parent process), driven
 * through its HTTP control endpoints: the customer's answers, and what it has recorded.
 */
export function sharedMpesaEmulator() {
  const url = process.env.MPESA_API_URL;
  if (!url) throw new Error('No M-Pesa emulator: global setup sets MPESA_API_URL');
  const control = controlOf(url, 'mpesa');
  return {
    url,
    stkPushes: (status?: StkPush['status']) => control<StkPush[]>(`/stk-pushes${status ? `?status=${status}` : ''}`),
    respondToStkPush: (checkoutRequestId: string, outcome: StkOutcome, deliverCallback = true) =>
      control<StkPush>(`/stk-pushes/${checkoutRequestId}/${outcome}`, post({ deliverCallback })),
    transactions: () => control<MpesaTransaction[]>('/transactions'),
  };
}

/**
 * The run's shared Stripe emulator (started by global setup), driven through its HTTP control
 * endpoints. Its settings are global: only the file holding the provider test turn changes them.
 */
export function sharedStripeEmulator() {
  const url = process.env.STRIPE_API_URL;
  if (!url) throw new Error('No Stripe emulator: global setup sets STRIPE_API_URL');
  const control = controlOf(url, 'stripe');
  const deliveries = () => control<WebhookDelivery[]>('/deliveries');
  return {
    url,
    /** Where webhooks go; undefined records events without sending them. */
    setWebhookUrl: (webhookUrl: string | undefined) => control('/webhook', post({ url: webhookUrl ?? '' })),
    setWebhookMode: (mode: WebhookMode) => control('/webhook', post({ mode })),
    deliveries,
    events: () => control<EmulatedStripeEvent[]>('/events'),
    resendEvent: (eventId: string) => control<WebhookDelivery>(`/events/${eventId}/resend`, post()),
    /** Every webhook sent so far has succeeded or used up its retries. */
    idle: () =>
      waitFor(async () => (await deliveries()).every((d) => d.status !== 'pending'), {
        what: 'the Stripe emulator to finish sending webhooks',
      }),
  };
}
