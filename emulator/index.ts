import { systemClock, type Clock } from './shared/clock';
import { type DeliveryPolicy } from './shared/delivery-queue';
import { type EmulatorRequest, type EmulatorResponse } from './shared/http-types';
import { startHttpServer } from './shared/http-server';
import { silentLogger, type Logger } from './shared/logger';
import { Router } from './shared/router';
import { darajaNotFound } from './mpesa/daraja-api';
import { createMpesaEmulator, type MpesaControls, type MpesaEmulatorOptions } from './mpesa/mpesa-emulator';
import { unrecognizedStripeUrl } from './stripe/stripe-api';
import { createStripeEmulator, type StripeControls, type StripeEmulatorOptions } from './stripe/stripe-emulator';

export type { Logger } from './shared/logger';
export type { Clock } from './shared/clock';
export type { DeliveryPolicy, DeliveryAttempt } from './shared/delivery-queue';
export type { MpesaControls, MpesaEmulatorOptions } from './mpesa/mpesa-emulator';
export type { StkOutcome, StkPush } from './mpesa/stk-pushes';
export type { CallbackDelivery, CallbackMode } from './mpesa/callback-sender';
export type { MpesaTransaction } from './mpesa/mpesa-ledger';
export type { StripeControls, StripeEmulatorOptions } from './stripe/stripe-emulator';
export type { WebhookDelivery, WebhookMode } from './stripe/event-publisher';
export type { RefundMode } from './stripe/refunds';
export { DEFAULT_STRIPE_API_VERSION } from './stripe/stripe-emulator';
export { darajaPassword } from './mpesa/daraja-password';
export { formatDarajaTimestamp } from './mpesa/daraja-time';

export interface ProviderEmulatorOptions {
  /** 0 picks a free port. */
  port: number;
  /** Default 127.0.0.1; the control endpoints have no authentication, so widen this knowingly. */
  host?: string;
  stripe: StripeEmulatorOptions;
  mpesa: MpesaEmulatorOptions;
  logger?: Logger;
  now?: Clock;
  /** Stripe webhook retries (M-Pesa callbacks are sent once, as Safaricom does). */
  delivery?: Partial<DeliveryPolicy>;
}

export interface ProviderEmulator {
  /** Base URL, e.g. `http://127.0.0.1:43121`; point the Stripe SDK's host/port and the Daraja base URL at it. */
  url: string;
  stripe: StripeControls;
  mpesa: MpesaControls;
  /** Stops the server and cancels pending deliveries. */
  close(): Promise<void>;
}

const DEFAULT_DELIVERY: DeliveryPolicy = { retryDelaysMs: [1_000, 5_000, 25_000], timeoutMs: 10_000 };

export async function startProviderEmulator(options: ProviderEmulatorOptions): Promise<ProviderEmulator> {
  const clock = options.now ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const delivery = { ...DEFAULT_DELIVERY, ...options.delivery };
  const stripe = createStripeEmulator(options.stripe, clock, logger, delivery);
  const mpesa = createMpesaEmulator(options.mpesa, clock, logger, delivery);
  const router = new Router();
  router.add(stripe.routes);
  router.add(mpesa.routes);
  const server = await startHttpServer({
    host: options.host ?? '127.0.0.1',
    port: options.port,
    router,
    notFound,
    logger,
  });
  logger.info('payment-provider emulator listening', { url: server.url });
  return {
    url: server.url,
    stripe: stripe.controls,
    mpesa: mpesa.controls,
    close: async () => {
      stripe.close();
      mpesa.close();
      await server.close();
    },
  };
}

function notFound(request: EmulatorRequest): EmulatorResponse {
  if (request.path.startsWith('/v1/')) return unrecognizedStripeUrl(request);
  if (request.path.startsWith('/mpesa/') || request.path.startsWith('/oauth/')) return darajaNotFound();
  return { status: 404, body: { error: `No emulator route for ${request.method} ${request.path}` } };
}
