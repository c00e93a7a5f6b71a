import { type Clock } from '../shared/clock';
import { DeliveryQueue, type DeliveryPolicy } from '../shared/delivery-queue';
import { type Route } from '../shared/http-types';
import { type Logger } from '../shared/logger';
import { openDispute, type DisputeRequest } from './disputes';
import { EventPublisher, type WebhookDelivery, type WebhookMode } from './event-publisher';
import { IdempotencyStore } from './idempotency';
import { paymentIntentEndpoints } from './payment-intents.routes';
import { PaymentMethods } from './payment-methods';
import { Refunds, type RefundMode } from './refunds';
import { refundEndpoints } from './refunds.routes';
import { retrievalEndpoints } from './retrieval.routes';
import { stripeRoutes } from './stripe-api';
import { type StripeContext } from './stripe-context';
import { stripeControlRoutes } from './stripe-control.routes';
import { type DisputeObject, type EventObject, type RefundObject } from './stripe-objects';
import { StripeStore } from './stripe-store';

/** The API version stripe@23 pins; events carry it as `api_version`. */
export const DEFAULT_STRIPE_API_VERSION = '2026-10-28.endive';

export interface StripeEmulatorOptions {
  secretKey: string;
  /** For calls made the way Stripe.js makes them. Default `pk_test_emulator`. */
  publishableKey?: string;
  webhookSecret: string;
  webhookUrl?: string;
  apiVersion?: string;
}

/** In-process equivalents of the `/_emulator/stripe/...` control endpoints. */
export interface StripeControls {
  setWebhookUrl(url: string | undefined): void;
  setWebhookMode(mode: WebhookMode): void;
  webhookSettings(): { url: string | null; mode: WebhookMode };
  setRefundMode(mode: RefundMode): void;
  settleRefund(refundId: string, outcome: 'succeeded' | 'failed'): RefundObject;
  openDispute(chargeId: string, request?: DisputeRequest): DisputeObject;
  resendEvent(eventId: string): WebhookDelivery;
  deliveries(): WebhookDelivery[];
  events(): EventObject[];
  /** Resolves when no webhook is waiting to be sent or retried. */
  idle(): Promise<void>;
}

export interface StripeEmulator {
  routes: Route[];
  controls: StripeControls;
  close(): void;
}

export function createStripeEmulator(
  options: StripeEmulatorOptions,
  clock: Clock,
  logger: Logger,
  delivery: DeliveryPolicy,
): StripeEmulator {
  const apiVersion = options.apiVersion ?? DEFAULT_STRIPE_API_VERSION;
  const store = new StripeStore();
  const queue = new DeliveryQueue(delivery, clock, logger);
  const events = new EventPublisher(
    store,
    queue,
    { webhookSecret: options.webhookSecret, webhookUrl: options.webhookUrl, apiVersion },
    clock,
    logger,
  );
  const context: StripeContext = { store, events, paymentMethods: new PaymentMethods(store, clock), clock };
  const refunds = new Refunds(context);
  const controls: StripeControls = {
    setWebhookUrl: (url) => events.setWebhookUrl(url),
    setWebhookMode: (mode) => events.setMode(mode),
    webhookSettings: () => events.settings(),
    setRefundMode: (mode) => refunds.setMode(mode),
    settleRefund: (refundId, outcome) => structuredClone(refunds.settle(refundId, outcome)),
    openDispute: (chargeId, request = {}) => structuredClone(openDispute(context, chargeId, request)),
    resendEvent: (eventId) => events.resend(eventId),
    deliveries: () => events.deliveries(),
    events: () => structuredClone([...store.events.values()]),
    idle: () => queue.idle(),
  };
  const apiRoutes = stripeRoutes(
    [...paymentIntentEndpoints(context), ...refundEndpoints(context, refunds), ...retrievalEndpoints(context)],
    {
      keys: { secretKey: options.secretKey, publishableKey: options.publishableKey ?? 'pk_test_emulator' },
      apiVersion,
      idempotency: new IdempotencyStore(clock),
    },
  );
  return {
    routes: [...apiRoutes, ...stripeControlRoutes(controls)],
    controls,
    close: () => queue.close(),
  };
}
